//! "What is new at <level>": for one pair of neighbouring columns, the new and changed
//! statements of the right column grouped by competency, each in full, and what is no longer
//! listed; with the expectation keys to assess.

use super::{Row, Step};

/// One statement in the summary, in full.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Index into the row's lines, for linking to it.
    pub line: usize,
    pub step: Step,
    /// The right column's wording (the left's for a statement no longer listed).
    pub text: String,
}

/// The entries of one row (a competency, a section).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryGroup {
    /// Index into the comparison's rows.
    pub row: usize,
    /// A grade or proficiency that changes: (left, right).
    pub badge: Option<(Option<String>, Option<String>)>,
    pub entries: Vec<Entry>,
}

/// What changes from column `p` to `p + 1`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PairSummary {
    /// New and changed statements, by row in display order.
    pub changes: Vec<SummaryGroup>,
    /// Statements of the left column that the right one no longer lists.
    pub no_longer_listed: Vec<SummaryGroup>,
    /// Expectation keys of the new and changed statements, to assess them.
    pub keys: Vec<String>,
    pub new: usize,
    pub changed: usize,
    pub dropped: usize,
}

impl PairSummary {
    pub(super) fn of(rows: &[Row], p: usize) -> PairSummary {
        let mut out = PairSummary::default();
        for (r, row) in rows.iter().enumerate() {
            let mut changes = vec![];
            let mut dropped = vec![];
            for (l, line) in row.lines.iter().enumerate() {
                let step = line.steps[p];
                let col = match step {
                    Step::New | Step::Changed => p + 1,
                    Step::NoLongerListed => p,
                    _ => continue,
                };
                let entry = Entry {
                    line: l,
                    step,
                    text: row.line_text(line, col),
                };
                match step {
                    Step::NoLongerListed => {
                        out.dropped += 1;
                        dropped.push(entry);
                    }
                    _ => {
                        match step {
                            Step::New => out.new += 1,
                            _ => out.changed += 1,
                        }
                        let said = row.statements(line, col);
                        out.keys.extend(said.iter().filter_map(|s| s.key.clone()));
                        changes.push(entry);
                    }
                }
            }
            let badge = (row.badge(p), row.badge(p + 1));
            let badge =
                (badge.0 != badge.1 && row.cells[p].is_some() && row.cells[p + 1].is_some())
                    .then(|| (badge.0.map(str::to_string), badge.1.map(str::to_string)));
            if !changes.is_empty() || badge.is_some() {
                out.changes.push(SummaryGroup {
                    row: r,
                    badge,
                    entries: changes,
                });
            }
            if !dropped.is_empty() {
                out.no_longer_listed.push(SummaryGroup {
                    row: r,
                    badge: None,
                    entries: dropped,
                });
            }
        }
        out
    }

    /// True when nothing changes between the two columns.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty() && self.no_longer_listed.is_empty()
    }
}
