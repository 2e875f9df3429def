//! Side-by-side comparison of 2–4 roles: rows aligned by competency, and inside each row the
//! statements of every column aligned with their counterparts (lines), so each column reads as
//! its own text while what is new, changed or no longer listed is known per statement.
//! Everything is computed once per selection; the page only renders it. Pure.

pub mod diff;
mod items;
mod lines;
pub mod statements;
mod summary;

use crate::data::{Framework, LevelIx, RoleIx};
use crate::search::text::normalize;
use diff::Piece;
pub use summary::{Entry, PairSummary, SummaryGroup};

/// Most roles a comparison shows side by side.
pub const MAX_ROLES: usize = 4;

/// The kinds of row, in display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum RowKind {
    Overview,
    /// SFIA skills, grid competencies and matrix areas, aligned by name.
    Competency,
    /// Role-definition sections: characteristics, responsibilities, metrics, ...
    Definition,
}

impl RowKind {
    pub fn title(self) -> &'static str {
        match self {
            RowKind::Overview => "Overview",
            RowKind::Competency => "Competencies",
            RowKind::Definition => "Role definition",
        }
    }

    /// What an empty cell says.
    pub fn missing(self) -> &'static str {
        match self {
            RowKind::Competency => "Not required at this level",
            RowKind::Overview | RowKind::Definition => "Not described for this role",
        }
    }
}

/// How a row, or one statement, changes from one column to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Same,
    Changed,
    /// Absent on the left, present on the right.
    New,
    /// Absent on the left, and on the right expected since a lower level (cumulative levels):
    /// not new at the right's level.
    Inherited,
    /// Present on the left, absent on the right.
    NoLongerListed,
    /// Absent on both sides.
    Absent,
}

impl Step {
    /// How the change is said in text, so colour is never the only signal.
    pub fn label(self) -> &'static str {
        match self {
            Step::Same => "same",
            Step::Changed => "changed",
            Step::New => "new",
            Step::Inherited => "from a lower level",
            Step::NoLongerListed => "no longer listed",
            Step::Absent => "",
        }
    }

    /// True for a step the reader needs to look at.
    pub fn is_difference(self) -> bool {
        !matches!(self, Step::Same | Step::Absent | Step::Inherited)
    }
}

/// One statement of a cell: a sentence, a list item, an attribute or a fact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    /// "Experience", "Scope": attributes and facts are matched by it.
    pub label: Option<String>,
    pub text: String,
    /// The expectation key, when the statement can be assessed.
    pub key: Option<String>,
    /// With cumulative levels: the lower level the statement is expected from.
    pub from_level: Option<LevelIx>,
}

impl Statement {
    /// "Label: text", as the statement reads in full.
    pub fn full_text(&self) -> String {
        match &self.label {
            Some(label) => format!("{label}: {}", self.text),
            None => self.text.clone(),
        }
    }
}

/// What one role says for a row.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Cell {
    /// A grade ("C3") or a proficiency ("Practitioner").
    pub badge: Option<String>,
    pub statements: Vec<Statement>,
}

/// One statement followed across the columns: its counterparts side by side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// `parts[col]`: indices into that column's statements (several for a split or merge).
    pub parts: Vec<Vec<usize>>,
    /// `steps[i]`: the change from column `i` to column `i + 1`.
    pub steps: Vec<Step>,
    /// `marks[col]`: for a lightly reworded statement, its words as kept, added or removed
    /// against the column on its left; `None` where marks would not help (a rewrite).
    pub marks: Vec<Option<Vec<Piece>>>,
}

impl Line {
    /// True when the line has a difference between some neighbouring columns.
    pub fn differs(&self) -> bool {
        self.steps.iter().any(|s| s.is_difference())
    }

    /// The change that leads into column `col` from its left (`None` for the first column).
    pub fn step_into(&self, col: usize) -> Option<Step> {
        col.checked_sub(1).and_then(|p| self.steps.get(p).copied())
    }
}

/// One aligned row: the same competency or section across the compared roles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub kind: RowKind,
    /// Stable key, also used for the row's anchor.
    pub key: String,
    pub label: String,
    /// e.g. the SFIA category, or the source's code.
    pub detail: Option<String>,
    /// One cell per compared role; `None` where the role lacks it.
    pub cells: Vec<Option<Cell>>,
    /// Statements aligned across the columns, in reading order.
    pub lines: Vec<Line>,
    /// `steps[i]`: the change from column `i` to column `i + 1`.
    pub steps: Vec<Step>,
}

impl Row {
    /// True when every column says the same thing (or nothing).
    pub fn unchanged(&self) -> bool {
        !self.steps.iter().any(|s| s.is_difference())
    }

    /// An id for the row's element in the page.
    pub fn anchor(&self) -> String {
        let slug: String = normalize(&self.key)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join("-");
        format!("row-{slug}")
    }

    /// An id for one line of the row, for links from the summary.
    pub fn line_anchor(&self, line: usize) -> String {
        format!("{}-{line}", self.anchor())
    }

    /// The statements of `line` in column `col`.
    pub fn statements(&self, line: &Line, col: usize) -> Vec<&Statement> {
        let cell = self.cells.get(col).and_then(Option::as_ref);
        let parts = line.parts.get(col).map(Vec::as_slice).unwrap_or_default();
        parts
            .iter()
            .filter_map(|&i| cell.and_then(|c| c.statements.get(i)))
            .collect()
    }

    /// The lines to draw, as table rows: lines with counterparts each on their own, and runs
    /// of lines without any (a statement in one column only) together, so that two levels
    /// worded apart read as two texts side by side rather than a staircase of gaps.
    pub fn blocks(&self, visible: impl Fn(&Line) -> bool) -> Vec<Vec<usize>> {
        let lone = |l: &Line| l.parts.iter().filter(|p| !p.is_empty()).count() == 1;
        let mut out: Vec<Vec<usize>> = vec![];
        let mut last_lone = false;
        for (i, line) in self.lines.iter().enumerate().filter(|(_, l)| visible(l)) {
            let is_lone = lone(line);
            match out.last_mut() {
                Some(block) if is_lone && last_lone => block.push(i),
                _ => out.push(vec![i]),
            }
            last_lone = is_lone;
        }
        out
    }

    /// Aligns the statements of the row's cells into lines and works out its steps.
    pub fn align(&mut self) {
        self.lines = lines::align(&self.cells);
        self.steps = (0..self.cells.len().saturating_sub(1))
            .map(|p| row_step(self, p))
            .collect();
    }

    /// The statements of `line` in column `col` as one text, each in full ("Label: text").
    pub fn line_text(&self, line: &Line, col: usize) -> String {
        let said = self.statements(line, col);
        let texts: Vec<String> = said.iter().map(|s| s.full_text()).collect();
        texts.join(" ")
    }

    fn badge(&self, col: usize) -> Option<&str> {
        self.cells[col].as_ref().and_then(|c| c.badge.as_deref())
    }
}

/// A comparison ready to render.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    pub roles: Vec<RoleIx>,
    /// Rows in display order: grouped by kind, then in order of first appearance.
    pub rows: Vec<Row>,
    /// One summary per pair of neighbouring columns.
    pub pairs: Vec<PairSummary>,
}

impl Comparison {
    /// Aligns the given roles (at most [`MAX_ROLES`]; extra ones are ignored).
    pub fn build(fw: &Framework, roles: &[RoleIx]) -> Comparison {
        let roles: Vec<RoleIx> = roles.iter().copied().take(MAX_ROLES).collect();
        let mut rows: Vec<Row> = vec![];
        for (col, &r) in roles.iter().enumerate() {
            for item in items::of_role(fw, &fw.roles[r]) {
                let i = match rows.iter().position(|row| row.key == item.key) {
                    Some(i) => i,
                    None => {
                        rows.push(Row {
                            kind: item.kind,
                            key: item.key,
                            label: item.label,
                            detail: item.detail,
                            cells: vec![None; roles.len()],
                            lines: vec![],
                            steps: vec![],
                        });
                        rows.len() - 1
                    }
                };
                rows[i].cells[col] = Some(item.cell);
            }
        }
        // Group by kind; within a kind keep the order of first appearance (stable sort).
        rows.sort_by_key(|row| row.kind);
        for row in &mut rows {
            row.align();
        }
        let pairs = (0..roles.len().saturating_sub(1))
            .map(|p| PairSummary::of(&rows, p))
            .collect();
        Comparison { roles, rows, pairs }
    }
}

/// The change of a whole row from column `p` to `p + 1`.
fn row_step(row: &Row, p: usize) -> Step {
    match (&row.cells[p], &row.cells[p + 1]) {
        (None, None) => Step::Absent,
        (None, Some(_)) => match row.lines.iter().all(|l| l.steps[p] == Step::Inherited) {
            true => Step::Inherited,
            false => Step::New,
        },
        (Some(_), None) => Step::NoLongerListed,
        (Some(_), Some(_)) => {
            let lines_differ = row.lines.iter().any(|l| l.steps[p].is_difference());
            match lines_differ || row.badge(p) != row.badge(p + 1) {
                true => Step::Changed,
                false => Step::Same,
            }
        }
    }
}

/// The heading of a pair of columns: "What is new at <level>" when the levels differ, else
/// "What is different in <role>".
pub fn pair_title(fw: &Framework, left: RoleIx, right: RoleIx) -> String {
    match same_level(fw, left, right) {
        true => format!("What is different {}", where_next(fw, left, right)),
        false => format!("What is new {}", where_next(fw, left, right)),
    }
}

fn same_level(fw: &Framework, left: RoleIx, right: RoleIx) -> bool {
    fw.roles[left].level == fw.roles[right].level
}

/// Where the right column stands against the left: "at Level 6", or "in <role>" when both
/// are at one level.
pub fn where_next(fw: &Framework, left: RoleIx, right: RoleIx) -> String {
    let r = &fw.roles[right];
    match same_level(fw, left, right) {
        true => format!("in {}", r.title),
        false => format!("at {}", fw.level(r).name),
    }
}

/// The expectation keys of what is new or changed at `role` compared with `since`, in the
/// comparison's order: what "assess these" puts in view on My progress.
pub fn new_at(fw: &Framework, role: RoleIx, since: RoleIx) -> Vec<String> {
    let c = Comparison::build(fw, &[since, role]);
    c.pairs
        .into_iter()
        .next()
        .map(|p| p.keys)
        .unwrap_or_default()
}

/// Resolves role ids from a URL: the known roles in order (no repeats, at most [`MAX_ROLES`]),
/// and the ids that were dropped with the reason, for telling the user.
pub fn resolve_ids(fw: &Framework, ids: &[String]) -> (Vec<RoleIx>, Vec<String>) {
    let mut roles = vec![];
    let mut dropped = vec![];
    for id in ids {
        match fw.role_by_id(id) {
            None => dropped.push(format!("“{id}” (no such role)")),
            Some((ix, _)) if roles.contains(&ix) => dropped.push(format!("“{id}” (listed twice)")),
            Some(_) if roles.len() >= MAX_ROLES => {
                dropped.push(format!("“{id}” (at most {MAX_ROLES} roles side by side)"))
            }
            Some((ix, _)) => roles.push(ix),
        }
    }
    (roles, dropped)
}

/// Moves the column at `from` one place left (`-1`) or right (`+1`); out-of-range moves do nothing.
pub fn reorder(roles: &[RoleIx], from: usize, delta: isize) -> Vec<RoleIx> {
    let mut out = roles.to_vec();
    let to = from as isize + delta;
    if from < out.len() && to >= 0 && (to as usize) < out.len() {
        out.swap(from, to as usize);
    }
    out
}

#[cfg(test)]
mod tests;
