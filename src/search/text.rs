//! Text folding for search: case- and accent-insensitive matching, and mapping matches back to
//! the original text so they can be highlighted.

/// Folds one character for matching: lowercase, accents removed (Latin letters), anything that
/// is not a letter or digit becomes a space. May return several characters (`ß` → `ss`).
fn fold_char(c: char, out: &mut String) {
    if c.is_ascii_alphanumeric() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if c.is_ascii() {
        out.push(' ');
        return;
    }
    let folded = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å'
        | 'Ā' | 'Ă' | 'Ą' => "a",
        'æ' | 'Æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' | 'Ç' | 'Ć' | 'Ĉ' | 'Ċ' | 'Č' => "c",
        'ď' | 'đ' | 'Ď' | 'Đ' | 'ð' | 'Ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ĕ'
        | 'Ė' | 'Ę' | 'Ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' | 'Ĝ' | 'Ğ' | 'Ġ' | 'Ģ' => "g",
        'ĥ' | 'ħ' | 'Ĥ' | 'Ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ĩ' | 'Ī'
        | 'Ĭ' | 'Į' | 'İ' => "i",
        'ĵ' | 'Ĵ' => "j",
        'ķ' | 'Ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' | 'Ĺ' | 'Ļ' | 'Ľ' | 'Ŀ' | 'Ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' | 'Ñ' | 'Ń' | 'Ņ' | 'Ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø'
        | 'Ō' | 'Ŏ' | 'Ő' => "o",
        'œ' | 'Œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' | 'Ŕ' | 'Ŗ' | 'Ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'Ś' | 'Ŝ' | 'Ş' | 'Š' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'Ţ' | 'Ť' | 'Ŧ' => "t",
        'þ' | 'Þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ũ'
        | 'Ū' | 'Ŭ' | 'Ů' | 'Ű' | 'Ų' => "u",
        'ŵ' | 'Ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' | 'Ý' | 'Ÿ' | 'Ŷ' => "y",
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => "z",
        // Typographic apostrophes and dashes separate words like their ASCII forms.
        '’' | '‘' | '“' | '”' | '–' | '—' | '…' | '\u{a0}' => " ",
        c if c.is_alphanumeric() => {
            out.extend(c.to_lowercase());
            return;
        }
        _ => " ",
    };
    out.push_str(folded);
}

/// Folds a whole text for matching. Word boundaries become single spaces, and the result starts
/// and ends with a space, so ` term` matches at the start of a word.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push(' ');
    let mut folded = String::new();
    let push = |out: &mut String, f: char| {
        if f != ' ' || !out.ends_with(' ') {
            out.push(f);
        }
    };
    for c in text.chars() {
        // Most framework text is ASCII: fold it without the general path.
        if c.is_ascii() {
            push(
                &mut out,
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    ' '
                },
            );
            continue;
        }
        folded.clear();
        fold_char(c, &mut folded);
        for f in folded.chars() {
            push(&mut out, f);
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

/// The words of a query, folded, without duplicates, in the order typed.
pub fn query_terms(query: &str) -> Vec<String> {
    let mut terms: Vec<String> = vec![];
    for word in normalize(query).split_whitespace() {
        if !terms.iter().any(|t| t == word) {
            terms.push(word.to_string());
        }
    }
    terms
}

/// A piece of displayed text, marked if it matches a search term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    pub matched: bool,
}

/// Splits `text` into segments, marking every place where a term matches (case- and
/// accent-insensitive), so the UI can wrap those in `<mark>`.
pub fn highlight(text: &str, terms: &[String]) -> Vec<Segment> {
    if terms.is_empty() || text.is_empty() {
        return vec![Segment {
            text: text.to_string(),
            matched: false,
        }];
    }
    // Folded text, plus for each folded byte the index of the original char it came from.
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut folded = String::new();
    let mut origin: Vec<usize> = vec![];
    let mut buf = String::new();
    for (ci, &(_, c)) in chars.iter().enumerate() {
        buf.clear();
        fold_char(c, &mut buf);
        for _ in 0..buf.len() {
            origin.push(ci);
        }
        folded.push_str(&buf);
    }
    let mut marked = vec![false; chars.len()];
    for term in terms {
        // A one-letter Latin term (the first key typed; accented letters fold to ASCII) still
        // filters on every occurrence, but is marked only where it starts a word: marking
        // every "e" of a text helps no reader, and thousands of marks made that keystroke
        // slow. Other scripts keep every mark: one character is a whole word in Chinese or
        // Japanese, which put no spaces between words.
        let word_starts_only = term.len() == 1;
        let mut from = 0;
        while let Some(pos) = folded[from..].find(term.as_str()) {
            let start = from + pos;
            let end = start + term.len();
            if !word_starts_only || start == 0 || folded.as_bytes()[start - 1] == b' ' {
                for &ci in &origin[start..end] {
                    marked[ci] = true;
                }
            }
            from = start + term.len().max(1);
        }
    }
    let mut segments: Vec<Segment> = vec![];
    for (ci, &(_, c)) in chars.iter().enumerate() {
        match segments.last_mut() {
            Some(last) if last.matched == marked[ci] => last.text.push(c),
            _ => segments.push(Segment {
                text: c.to_string(),
                matched: marked[ci],
            }),
        }
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_folds_case_accents_and_punctuation() {
        assert_eq!(normalize("Café Déjà-vu, ÉTÉ!"), " cafe deja vu ete ");
        assert_eq!(normalize("company’s"), " company s ");
        assert_eq!(normalize("Straße"), " strasse ");
        assert_eq!(normalize(""), " ");
    }

    #[test]
    fn query_terms_are_folded_and_deduplicated() {
        assert_eq!(query_terms("  Manager  manager MÂNAGER"), ["manager"]);
        assert_eq!(query_terms("vp engineering"), ["vp", "engineering"]);
        assert!(query_terms(" ,, ").is_empty());
    }

    #[test]
    fn highlight_marks_matches_in_original_text() {
        let terms = query_terms("cafe");
        let segments = highlight("Le Café du coin", &terms);
        let marked: Vec<&str> = segments
            .iter()
            .filter(|s| s.matched)
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(marked, ["Café"]);
        let joined: String = segments.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(joined, "Le Café du coin");
    }

    #[test]
    fn highlight_handles_several_terms_and_expanding_folds() {
        let terms = query_terms("strasse eng");
        let segments = highlight("Große Straße, Engineering", &terms);
        let marked: Vec<&str> = segments
            .iter()
            .filter(|s| s.matched)
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(marked, ["Straße", "Eng"]);
    }

    #[test]
    fn a_one_letter_term_is_marked_only_where_a_word_starts() {
        let marked = |query: &str, text: &str| -> Vec<String> {
            highlight(text, &query_terms(query))
                .into_iter()
                .filter(|s| s.matched)
                .map(|s| s.text)
                .collect()
        };
        assert_eq!(marked("e", "Engineering team (e-mail), keen"), ["E", "e"]);
        assert_eq!(marked("É", "Équipe de l’école"), ["É", "é"]);
        // From the second letter on, matches inside words are marked again.
        assert_eq!(marked("ee", "keen Eel"), ["ee", "Ee"]);
        // Scripts without spaces between words keep every match of one character.
        assert_eq!(marked("技", "技術と技能"), ["技", "技"]);
    }

    #[test]
    fn highlight_without_terms_is_one_plain_segment() {
        assert_eq!(
            highlight("abc", &[]),
            vec![Segment {
                text: "abc".into(),
                matched: false
            }]
        );
    }
}
