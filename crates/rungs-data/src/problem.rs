//! A problem with the data, as a newcomer can act on it: the file, where in it (when known),
//! the field path and what is wrong.

use std::fmt;

/// One problem with the data: which file (and line:column when known), which field, what is
/// wrong. Displayed as `file:line:column: field `x`: problem`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    /// Line and column, from 1, where the parser stopped (syntax and type errors).
    pub at: Option<(usize, usize)>,
    pub field: String,
    pub problem: String,
}

impl DataError {
    pub fn new(
        file: impl Into<String>,
        field: impl Into<String>,
        problem: impl Into<String>,
    ) -> DataError {
        DataError {
            file: file.into(),
            at: None,
            field: field.into(),
            problem: problem.into(),
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some((line, column)) = self.at {
            write!(f, ":{line}:{column}")?;
        }
        // "(file)", "(folder)": the problem is the file itself, not a field in it.
        if self.field.starts_with('(') {
            write!(f, ": {}", self.problem)
        } else {
            write!(f, ": field `{}`: {}", self.field, self.problem)
        }
    }
}

/// Line and column (from 1, in characters) of a byte offset in `text`.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..text.floor_char_boundary(offset.min(text.len()))];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// "`x` (known: a, b, c … and 997 more; did you mean `y`?)": known ids capped at a few, with
/// the nearest one suggested.
pub fn unknown_id(kind: &str, value: &str, known: &[&str]) -> String {
    const SHOWN: usize = 8;
    let mut list = known
        .iter()
        .take(SHOWN)
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    if known.is_empty() {
        list = "none".into();
    } else if known.len() > SHOWN {
        list.push_str(&format!(" … and {} more", known.len() - SHOWN));
    }
    let suggestion = nearest(value, known)
        .map(|n| format!("; did you mean `{n}`?"))
        .unwrap_or_default();
    format!("unknown {kind} `{value}` (known: {list}{suggestion})")
}

/// The known id closest to `value`, if it is close enough to be a likely typo.
fn nearest<'a>(value: &str, known: &[&'a str]) -> Option<&'a str> {
    let (best, distance) = known
        .iter()
        .map(|k| (*k, edit_distance(&value.to_lowercase(), &k.to_lowercase())))
        .min_by_key(|(_, d)| *d)?;
    // Short ids are too alike to guess between (L1, L9): only case or a third of the letters.
    (distance <= value.chars().count() / 3).then_some(best)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_lines_and_columns() {
        let text = "a = 1\nbé = x\n";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 6), (2, 1));
        assert_eq!(line_column(text, 12), (2, 6));
    }

    #[test]
    fn known_ids_are_capped_and_the_nearest_suggested() {
        let known: Vec<String> = (0..1000).map(|i| format!("role-{i}")).collect();
        let known: Vec<&str> = known.iter().map(String::as_str).collect();
        let msg = unknown_id("role", "role-99x", &known);
        assert!(msg.contains("… and 992 more"), "{msg}");
        assert!(msg.contains("did you mean `role-99`?"), "{msg}");
        assert_eq!(
            unknown_id("level", "L9", &[]),
            "unknown level `L9` (known: none)"
        );
        assert!(!unknown_id("path", "zzzzzz", &["eng"]).contains("did you mean"));
        assert!(!unknown_id("level", "L9", &["L1", "L2"]).contains("did you mean"));
        assert!(unknown_id("level", "l1", &["L1", "L2"]).contains("did you mean `L1`?"));
    }
}
