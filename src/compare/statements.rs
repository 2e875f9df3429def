//! Matches the statements of one level with those of the next: the same statement, a
//! reworded one, one split in two or two merged into one; what is left is new or no longer
//! listed. Word overlap decides, so it works for any framework's wording.

use crate::search::text::normalize;

/// One statement as the matcher sees it: an optional label ("Scope", "Experience") and text.
/// Labelled statements are matched by label, the rest by their words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Said<'a> {
    pub label: Option<&'a str>,
    pub text: &'a str,
}

impl<'a> Said<'a> {
    pub fn text(text: &'a str) -> Said<'a> {
        Said { label: None, text }
    }
}

/// How matched statements differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wording {
    Same,
    Reworded,
}

/// Statements of the old side matched with statements of the new side: one to one, one split
/// into several (`new.len() > 1`) or several merged into one (`old.len() > 1`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pairing {
    pub old: Vec<usize>,
    pub new: Vec<usize>,
    pub wording: Wording,
}

/// The whole match of two lists of statements.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Alignment {
    pub pairs: Vec<Pairing>,
    /// New statements with no counterpart in the old list.
    pub added: Vec<usize>,
    /// Old statements with no counterpart in the new list.
    pub dropped: Vec<usize>,
}

/// Two statements share at least this share of their words (Dice coefficient) to be one
/// statement reworded.
pub const SIMILAR: f32 = 0.5;
/// A statement whose words are at least this share of another's is a part of it (a split or
/// a merge), when it has at least [`PART_WORDS`] words that carry meaning.
pub const PART_OF: f32 = 0.75;
const PART_WORDS: usize = 3;

/// Words that say little on their own; leaving them out keeps "the", "and" from matching.
const LITTLE_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "of", "on",
    "or", "that", "the", "their", "this", "to", "with", "within", "where", "when", "which",
];

/// The words of a text that carry meaning, folded, with a plural or third-person "s" removed
/// so "manages" matches "manage".
fn words(text: &str) -> Vec<String> {
    let mut out: Vec<String> = normalize(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !LITTLE_WORDS.contains(w))
        .map(|w| match w.strip_suffix('s') {
            Some(stem) if stem.len() > 2 => stem.to_string(),
            _ => w.to_string(),
        })
        .collect();
    out.sort_unstable();
    out
}

/// How many words two sorted word lists share (as multisets).
fn shared(a: &[String], b: &[String]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

fn dice(a: &[String], b: &[String]) -> f32 {
    match a.len() + b.len() {
        0 => 1.0,
        total => 2.0 * shared(a, b) as f32 / total as f32,
    }
}

/// The share of `part`'s words found in `whole`; 0 for parts too short to tell.
fn part_of(part: &[String], whole: &[String]) -> f32 {
    if part.len() < PART_WORDS {
        return 0.0;
    }
    shared(part, whole) as f32 / part.len() as f32
}

/// Which list of statements.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Old,
    New,
}

/// The pairings made so far, and for each statement of either side its pairing.
struct Matching {
    pairs: Vec<Pairing>,
    old_to: Vec<Option<usize>>,
    new_to: Vec<Option<usize>>,
}

impl Matching {
    fn to(&self, side: Side) -> &[Option<usize>] {
        match side {
            Side::Old => &self.old_to,
            Side::New => &self.new_to,
        }
    }

    fn pair(&mut self, i: usize, j: usize, wording: Wording) {
        self.old_to[i] = Some(self.pairs.len());
        self.new_to[j] = Some(self.pairs.len());
        self.pairs.push(Pairing {
            old: vec![i],
            new: vec![j],
            wording,
        });
    }

    /// Statement `part` of side `side` joins the pairing of `whole` on the other side (or
    /// pairs with it): a split when `side` is new, a merge when it is old.
    fn join(&mut self, side: Side, part: usize, whole: usize) {
        let (i, j) = match side {
            Side::New => (whole, part),
            Side::Old => (part, whole),
        };
        let existing = match side {
            Side::New => self.old_to[whole],
            Side::Old => self.new_to[whole],
        };
        let Some(p) = existing else {
            return self.pair(i, j, Wording::Reworded);
        };
        let pairing = &mut self.pairs[p];
        pairing.wording = Wording::Reworded;
        match side {
            Side::New => {
                pairing.new.push(part);
                self.new_to[part] = Some(p);
            }
            Side::Old => {
                pairing.old.push(part);
                self.old_to[part] = Some(p);
            }
        }
    }

    /// Unmatched unlabelled statements of `side` that are a part of one on the other side
    /// join it, unless that one is itself already a part of a merge or split.
    fn join_parts(
        &mut self,
        side: Side,
        parts: (&[Said], &[Vec<String>]),
        wholes: (&[Said], &[Vec<String>]),
    ) {
        let other = match side {
            Side::Old => Side::New,
            Side::New => Side::Old,
        };
        for a in 0..parts.0.len() {
            if self.to(side)[a].is_some() || parts.0[a].label.is_some() {
                continue;
            }
            let best = best_whole(&parts.1[a], wholes.1, |b| {
                let single = |p: usize| match side {
                    Side::New => self.pairs[p].old.len() == 1,
                    Side::Old => self.pairs[p].new.len() == 1,
                };
                wholes.0[b].label.is_none() && self.to(other)[b].is_none_or(single)
            });
            if let Some(b) = best {
                self.join(side, a, b);
            }
        }
    }
}

/// Matches `old` with `new`. Equal statements first, then equal labels, then the most similar
/// pairs above [`SIMILAR`], then splits and merges; pairs are listed in the new side's order.
pub fn align(old: &[Said], new: &[Said]) -> Alignment {
    let same_text = |a: &Said, b: &Said| {
        a.label == b.label && a.text.split_whitespace().eq(b.text.split_whitespace())
    };
    let mut m = Matching {
        pairs: vec![],
        old_to: vec![None; old.len()],
        new_to: vec![None; new.len()],
    };

    // 1. The same statement, wherever it moved to: the first unmatched old one that folds
    // to the same text (a sorted list, not a hash map: smaller in the wasm).
    let fold = |s: &Said| (s.label.map(str::to_string), normalize(s.text));
    let mut by_text: Vec<((Option<String>, String), usize)> =
        old.iter().enumerate().map(|(i, s)| (fold(s), i)).collect();
    by_text.sort();
    for (j, s) in new.iter().enumerate() {
        let folded = fold(s);
        let from = by_text.partition_point(|(k, _)| *k < folded);
        let found = by_text[from..]
            .iter()
            .take_while(|(k, _)| *k == folded)
            .map(|&(_, i)| i)
            .find(|&i| m.old_to[i].is_none());
        if let Some(i) = found {
            let wording = match same_text(&old[i], s) {
                true => Wording::Same,
                false => Wording::Reworded,
            };
            m.pair(i, j, wording);
        }
    }
    // 2. The same label: an attribute or fact of the role, whatever it now says.
    for (j, s) in new.iter().enumerate() {
        let Some(label) = s.label.filter(|_| m.new_to[j].is_none()) else {
            continue;
        };
        let found = (0..old.len()).find(|&i| m.old_to[i].is_none() && old[i].label == Some(label));
        if let Some(i) = found {
            m.pair(i, j, Wording::Reworded);
        }
    }
    // 3. The most similar unlabelled pairs, best first.
    let old_words: Vec<Vec<String>> = old.iter().map(|s| words(s.text)).collect();
    let new_words: Vec<Vec<String>> = new.iter().map(|s| words(s.text)).collect();
    let mut candidates: Vec<(f32, usize, usize)> = vec![];
    for (i, a) in old_words.iter().enumerate() {
        for (j, b) in new_words.iter().enumerate() {
            if m.old_to[i].is_none() && m.new_to[j].is_none() && old[i].label == new[j].label {
                let score = dice(a, b);
                if score >= SIMILAR {
                    candidates.push((score, i, j));
                }
            }
        }
    }
    // Ties keep the order of the statements, so the result never depends on sorting details.
    candidates.sort_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
    for (_, i, j) in candidates {
        if m.old_to[i].is_none() && m.new_to[j].is_none() {
            m.pair(i, j, Wording::Reworded);
        }
    }
    // 4. Splits (a new statement is a part of an old one), then merges (the other way).
    m.join_parts(Side::New, (new, &new_words), (old, &old_words));
    m.join_parts(Side::Old, (old, &old_words), (new, &new_words));

    let Matching {
        mut pairs,
        old_to,
        new_to,
    } = m;
    for p in &mut pairs {
        p.old.sort_unstable();
        p.new.sort_unstable();
    }
    pairs.sort_by_key(|p| p.new[0]);
    Alignment {
        pairs,
        added: (0..new.len()).filter(|&j| new_to[j].is_none()).collect(),
        dropped: (0..old.len()).filter(|&i| old_to[i].is_none()).collect(),
    }
}

/// The statement among `wholes` (that `allowed` admits) containing most of `part`.
fn best_whole(
    part: &[String],
    wholes: &[Vec<String>],
    allowed: impl Fn(usize) -> bool,
) -> Option<usize> {
    let mut best: Option<(f32, usize)> = None;
    for (i, whole) in wholes.iter().enumerate() {
        let score = part_of(part, whole);
        if score >= PART_OF && allowed(i) && best.is_none_or(|(b, _)| score > b) {
            best = Some((score, i));
        }
    }
    best.map(|(_, i)| i)
}

#[cfg(test)]
mod tests;
