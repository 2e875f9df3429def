//! Word-level diff of two texts, for showing what changes from one level to the next.

/// Whether a piece of text is common to both sides, only in the new one, or only in the old one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Same,
    Added,
    Removed,
}

/// A run of text with one kind of change. Whitespace is kept so the text reads as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub change: Change,
    pub text: String,
}

/// Beyond this many token pairs the diff would be slow; the texts are shown as replaced whole.
const MAX_CELLS: usize = 4_000_000;

/// Splits text into tokens: a word or one punctuation mark, each with the whitespace after it.
/// Words are compared without that whitespace, so line breaks and double spaces do not count.
fn tokens(text: &str) -> Vec<&str> {
    let mut out = vec![];
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    // Leading whitespace belongs to a first, empty-word token.
    while let Some(&(i, c)) = chars.peek() {
        if !c.is_whitespace() {
            if i > 0 {
                out.push(&text[..i]);
            }
            start = i;
            break;
        }
        chars.next();
        start = i + c.len_utf8();
    }
    while let Some((_, c)) = chars.next() {
        let is_word = |c: char| c.is_alphanumeric() || c == '\'' || c == '’' || c == '-';
        if is_word(c) {
            while chars.peek().is_some_and(|&(_, n)| is_word(n)) {
                chars.next();
            }
        }
        while chars.peek().is_some_and(|&(_, n)| n.is_whitespace()) {
            chars.next();
        }
        let end = chars.peek().map(|&(i, _)| i).unwrap_or(text.len());
        out.push(&text[start..end]);
        start = end;
    }
    out
}

fn push(pieces: &mut Vec<Piece>, change: Change, text: &str) {
    match pieces.last_mut() {
        Some(last) if last.change == change => last.text.push_str(text),
        _ => pieces.push(Piece {
            change,
            text: text.to_string(),
        }),
    }
}

/// The changes that turn `old` into `new`, word by word (longest common subsequence).
pub fn diff_words(old: &str, new: &str) -> Vec<Piece> {
    let a = tokens(old);
    let b = tokens(new);
    let mut pieces = vec![];
    if a.len().saturating_mul(b.len()) > MAX_CELLS {
        push(&mut pieces, Change::Removed, old);
        push(&mut pieces, Change::Added, new);
        return pieces;
    }
    let same = |i: usize, j: usize| a[i].trim_end() == b[j].trim_end();
    // lcs[i][j]: length of the LCS of a[i..] and b[j..], in one flat vector.
    let w = b.len() + 1;
    let mut lcs = vec![0u32; (a.len() + 1) * w];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i * w + j] = if same(i, j) {
                lcs[(i + 1) * w + j + 1] + 1
            } else {
                lcs[(i + 1) * w + j].max(lcs[i * w + j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if same(i, j) {
            push(&mut pieces, Change::Same, b[j]);
            i += 1;
            j += 1;
        } else if lcs[(i + 1) * w + j] >= lcs[i * w + j + 1] {
            push(&mut pieces, Change::Removed, a[i]);
            i += 1;
        } else {
            push(&mut pieces, Change::Added, b[j]);
            j += 1;
        }
    }
    for t in &a[i..] {
        push(&mut pieces, Change::Removed, t);
    }
    for t in &b[j..] {
        push(&mut pieces, Change::Added, t);
    }
    pieces
}

/// True when two texts have the same words (whitespace aside).
pub fn same_words(a: &str, b: &str) -> bool {
    a.split_whitespace().eq(b.split_whitespace())
}

#[cfg(test)]
mod tests {
    use super::*;
    use Change::*;

    fn render(pieces: &[Piece]) -> String {
        pieces
            .iter()
            .map(|p| match p.change {
                Same => p.text.clone(),
                Added => format!("[+{}]", p.text),
                Removed => format!("[-{}]", p.text),
            })
            .collect()
    }

    fn rebuild(pieces: &[Piece], keep: Change) -> String {
        pieces
            .iter()
            .filter(|p| p.change == Same || p.change == keep)
            .map(|p| p.text.as_str())
            .collect()
    }

    #[test]
    fn identical_text_is_all_same() {
        let d = diff_words("Manages suppliers well.", "Manages suppliers well.");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].change, Same);
    }

    #[test]
    fn fully_different_text_is_removed_then_added() {
        let d = diff_words("alpha beta", "gamma delta");
        assert_eq!(render(&d), "[-alpha beta][+gamma delta]");
    }

    #[test]
    fn a_changed_word_is_marked_in_place() {
        let d = diff_words(
            "Plans and manages procurement.",
            "Plans and leads procurement.",
        );
        assert_eq!(render(&d), "Plans and [-manages ][+leads ]procurement.");
    }

    #[test]
    fn both_sides_can_be_rebuilt_exactly() {
        let old = "Manages the provision of learning, ensuring optimum use of resources.";
        let new = "Leads the provision of all learning, ensuring strategic use of resources!";
        let d = diff_words(old, new);
        assert_eq!(rebuild(&d, Removed), old);
        assert_eq!(rebuild(&d, Added), new);
    }

    #[test]
    fn reordered_words_show_as_moves() {
        let d = diff_words("plans and leads", "leads and plans");
        // Same words keep the new side's spacing: whitespace is not a change.
        assert!(same_words(&rebuild(&d, Removed), "plans and leads"));
        assert!(same_words(&rebuild(&d, Added), "leads and plans"));
        assert!(d.iter().any(|p| p.change == Same));
    }

    #[test]
    fn punctuation_is_its_own_token() {
        let d = diff_words("Evaluates tenders.", "Evaluates tenders;");
        assert_eq!(render(&d), "Evaluates tenders[-.][+;]");
    }

    #[test]
    fn empty_cells() {
        assert_eq!(render(&diff_words("", "new text")), "[+new text]");
        assert_eq!(render(&diff_words("old text", "")), "[-old text]");
        assert!(diff_words("", "").is_empty());
    }

    #[test]
    fn unicode_words_and_apostrophes() {
        let d = diff_words("the company’s café", "the company’s crêpe");
        assert_eq!(render(&d), "the company’s [-café][+crêpe]");
    }

    #[test]
    fn whitespace_differences_are_not_changes() {
        assert!(same_words("a  b\nc", "a b c"));
        let d = diff_words("a  b", "a b");
        assert!(d.iter().all(|p| p.change == Same), "{d:?}");
    }
}
