//! Side-by-side comparison of 2–4 roles: rows aligned by competency, what changes between
//! neighbouring columns, and a summary per pair. Pure; the page only renders it.

pub mod diff;

use crate::data::content::{Content, Item, SectionKind};
use crate::data::{Framework, Role, RoleIx};
use crate::markdown::plain_text;
use crate::search::text::normalize;
use diff::{diff_words, same_words, Piece};

/// Most roles a comparison shows side by side.
pub const MAX_ROLES: usize = 4;

/// The kinds of row, in display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum RowKind {
    Overview,
    /// SFIA skills and competency-matrix areas, aligned by name.
    Competency,
    /// Attributes of a competency-matrix area.
    Attribute,
    /// Role-definition sections: characteristics, responsibilities, metrics, ...
    Definition,
}

impl RowKind {
    pub fn title(self) -> &'static str {
        match self {
            RowKind::Overview => "Overview",
            RowKind::Competency => "Competencies",
            RowKind::Attribute => "Competency attributes",
            RowKind::Definition => "Role definition",
        }
    }

    /// What an empty cell says.
    pub fn missing(self) -> &'static str {
        match self {
            RowKind::Competency | RowKind::Attribute => "Not required at this level",
            RowKind::Overview | RowKind::Definition => "Not described for this role",
        }
    }
}

/// How a row changes from one column to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Same,
    Changed,
    /// Absent on the left, present on the right.
    New,
    /// Present on the left, absent on the right.
    NoLongerListed,
    /// Absent on both sides.
    Absent,
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
    pub cells: Vec<Option<String>>,
    /// `steps[i]`: the change from column `i` to column `i + 1`.
    pub steps: Vec<Step>,
    /// `word_changes[i]`: for a cell that changed from the one on its left, its words marked
    /// as kept, added or removed; computed once with the comparison, never per render.
    pub word_changes: Vec<Option<Vec<Piece>>>,
}

impl Row {
    /// True when every column says the same thing (or nothing).
    pub fn unchanged(&self) -> bool {
        self.steps
            .iter()
            .all(|s| matches!(s, Step::Same | Step::Absent))
    }

    /// An id for the row's element in the page.
    pub fn anchor(&self) -> String {
        let slug: String = normalize(&self.key)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join("-");
        format!("row-{slug}")
    }
}

/// What changes between two neighbouring columns, by row key.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PairSummary {
    pub new: Vec<usize>,
    pub changed: Vec<usize>,
    pub no_longer_listed: Vec<usize>,
}

/// A comparison ready to render.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    pub roles: Vec<RoleIx>,
    /// Rows in display order: grouped by kind, then in order of first appearance.
    pub rows: Vec<Row>,
    /// One summary per pair of neighbouring columns; indices into `rows`.
    pub pairs: Vec<PairSummary>,
}

/// One comparable item of a role: (kind, key, label, detail, text).
type CompareItem = (RowKind, String, String, Option<String>, String);

/// Every comparable item of a role: the facts that place it, then its content group by group.
/// Competencies align by name (the same competency in two roles is one row); matrix attributes
/// get rows of their own; every other group is one row.
fn items(fw: &Framework, role: &Role) -> Vec<CompareItem> {
    let mut out: Vec<CompareItem> = vec![];
    let facts = [
        ("level", "Level", fw.level(role).name),
        ("path", "Career path", fw.path(role).name),
        ("source", "Source", fw.source(role).name),
    ];
    for (key, label, text) in facts {
        out.push((
            RowKind::Overview,
            key.into(),
            label.into(),
            None,
            text.into(),
        ));
    }
    let content = Content::build(fw, role);
    for section in &content.sections {
        for group in &section.groups {
            // Inherited statements (cumulative levels) say which level they come from.
            let joined = |items: &[Item]| -> String {
                let texts = items.iter().map(|i| {
                    let text = plain_text(&i.full_text());
                    match i.from_level {
                        Some(l) => format!("From {}: {text}", fw.levels[l].name),
                        None => text,
                    }
                });
                texts.collect::<Vec<_>>().join("\n")
            };
            match section.kind {
                SectionKind::Overview => {
                    let (labelled, paragraphs): (Vec<Item>, Vec<Item>) =
                        group.items.iter().cloned().partition(|i| i.label.is_some());
                    for item in labelled {
                        let label = item.label.unwrap_or_default();
                        let key = normalize(label).trim().to_string();
                        out.push((RowKind::Overview, key, label.into(), None, item.text));
                    }
                    if !paragraphs.is_empty() {
                        let text = joined(&paragraphs);
                        out.push((
                            RowKind::Overview,
                            "overview".into(),
                            "Overview".into(),
                            None,
                            text,
                        ));
                    }
                }
                SectionKind::Competencies => {
                    let key = format!("competency:{}", normalize(group.name).trim());
                    let labelled =
                        !group.items.is_empty() && group.items.iter().all(|i| i.label.is_some());
                    let (detail, text) = match group.skill.map(|s| &fw.skills[s]) {
                        Some(skill) => {
                            let category =
                                [skill.category, skill.subcategory].into_iter().flatten();
                            let detail = std::iter::once(skill.code)
                                .chain(category)
                                .collect::<Vec<_>>();
                            let badge = group.badge.map(|b| format!("{b}\n")).unwrap_or_default();
                            (
                                detail.join(" · "),
                                format!("{badge}{}", joined(&group.items)),
                            )
                        }
                        None => {
                            let summary = group.summary.map(plain_text).unwrap_or_default();
                            let head = [group.badge.map(str::to_string), Some(summary)];
                            let head = head.into_iter().flatten().filter(|t| !t.is_empty());
                            let mut text = head.collect::<Vec<_>>().join(": ");
                            if !labelled {
                                text = [text, joined(&group.items)].join("\n").trim().to_string();
                            }
                            (section.title.to_string(), text)
                        }
                    };
                    out.push((
                        RowKind::Competency,
                        key.clone(),
                        group.name.into(),
                        Some(detail),
                        text,
                    ));
                    if labelled {
                        for item in &group.items {
                            let label = item.label.unwrap_or_default();
                            out.push((
                                RowKind::Attribute,
                                format!(
                                    "attribute:{}:{}",
                                    normalize(group.name).trim(),
                                    normalize(label).trim()
                                ),
                                label.into(),
                                Some(group.name.into()),
                                plain_text(&item.text),
                            ));
                        }
                    }
                }
                SectionKind::Definition => {
                    let detail = (group.name != section.title).then(|| section.title.to_string());
                    out.push((
                        RowKind::Definition,
                        group.key.clone(),
                        group.name.into(),
                        detail,
                        [group.summary.map(plain_text), Some(joined(&group.items))]
                            .into_iter()
                            .flatten()
                            .filter(|t| !t.is_empty())
                            .collect::<Vec<_>>()
                            .join("\n"),
                    ));
                }
            }
        }
    }
    out
}

impl Comparison {
    /// Aligns the given roles (at most [`MAX_ROLES`]; extra ones are ignored).
    pub fn build(fw: &Framework, roles: &[RoleIx]) -> Comparison {
        let roles: Vec<RoleIx> = roles.iter().copied().take(MAX_ROLES).collect();
        let mut rows: Vec<Row> = vec![];
        for (col, &r) in roles.iter().enumerate() {
            for (kind, key, label, detail, text) in items(fw, &fw.roles[r]) {
                let row = match rows.iter_mut().position(|row| row.key == key) {
                    Some(i) => &mut rows[i],
                    None => {
                        rows.push(Row {
                            kind,
                            key,
                            label,
                            detail,
                            cells: vec![None; roles.len()],
                            steps: vec![],
                            word_changes: vec![],
                        });
                        let last = rows.len() - 1;
                        &mut rows[last]
                    }
                };
                row.cells[col] = Some(text);
            }
        }
        // Group by kind; within a kind keep the order of first appearance (stable sort).
        rows.sort_by_key(|row| row.kind);
        let mut pairs = vec![PairSummary::default(); roles.len().saturating_sub(1)];
        for (i, row) in rows.iter_mut().enumerate() {
            row.steps = row
                .cells
                .windows(2)
                .map(|w| match (&w[0], &w[1]) {
                    (None, None) => Step::Absent,
                    (None, Some(_)) => Step::New,
                    (Some(_), None) => Step::NoLongerListed,
                    (Some(a), Some(b)) if same_words(a, b) => Step::Same,
                    (Some(_), Some(_)) => Step::Changed,
                })
                .collect();
            let first = row.cells.first().map(|_| None);
            let later =
                row.cells
                    .windows(2)
                    .zip(&row.steps)
                    .map(|(w, step)| match (step, &w[0], &w[1]) {
                        (Step::Changed, Some(old), Some(new)) => Some(diff_words(old, new)),
                        _ => None,
                    });
            row.word_changes = first.into_iter().chain(later).collect();
            for (p, step) in row.steps.iter().enumerate() {
                match step {
                    Step::New => pairs[p].new.push(i),
                    Step::Changed => pairs[p].changed.push(i),
                    Step::NoLongerListed => pairs[p].no_longer_listed.push(i),
                    Step::Same | Step::Absent => {}
                }
            }
        }
        Comparison { roles, rows, pairs }
    }
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
mod tests {
    use super::*;
    use crate::data::framework;

    fn ix(id: &str) -> RoleIx {
        framework()
            .role_by_id(id)
            .map(|(i, _)| i)
            .expect("role exists")
    }

    #[test]
    fn word_changes_are_made_once_for_each_changed_cell() {
        let fw = framework();
        let all: Vec<RoleIx> = (0..fw.roles.len().min(MAX_ROLES)).collect();
        let c = Comparison::build(fw, &all);
        let mut changed = 0;
        for r in &c.rows {
            assert_eq!(r.word_changes.len(), r.cells.len());
            assert!(
                r.word_changes[0].is_none(),
                "the first column changes nothing"
            );
            for (i, step) in r.steps.iter().enumerate() {
                match (step, &r.cells[i], &r.cells[i + 1]) {
                    (Step::Changed, Some(old), Some(new)) => {
                        changed += 1;
                        assert_eq!(r.word_changes[i + 1], Some(diff::diff_words(old, new)));
                    }
                    _ => assert!(r.word_changes[i + 1].is_none()),
                }
            }
        }
        assert!(changed > 0, "the fixture has changed cells");
    }

    fn row<'a>(c: &'a Comparison, key: &str) -> &'a Row {
        c.rows
            .iter()
            .find(|r| r.key == key)
            .unwrap_or_else(|| panic!("no row {key}"))
    }

    #[test]
    fn same_skill_aligns_across_levels() {
        let fw = framework();
        let c = Comparison::build(
            fw,
            &[
                ix("sfia-senior-engineering-manager"),
                ix("sfia-director-of-engineering"),
            ],
        );
        let etmg = row(&c, "competency:learning and development management");
        assert!(etmg.cells.iter().all(Option::is_some));
        assert_eq!(etmg.steps, [Step::Changed]);
        assert!(etmg.cells[0]
            .as_deref()
            .is_some_and(|t| t.starts_with("Manages the provision")));
        assert!(etmg.cells[1]
            .as_deref()
            .is_some_and(|t| t.starts_with("Determines the learning")));
        // Four SFIA skills change between L5 and L6, and nothing is new or dropped.
        assert_eq!(c.pairs[0].changed.len(), 4 + 3); // + level, scope and overview
        assert!(row(&c, "path").unchanged());
        assert!(row(&c, "source").unchanged());
        assert!(c.pairs[0].new.is_empty());
        assert!(c.pairs[0].no_longer_listed.is_empty());
    }

    #[test]
    fn every_competency_of_any_role_gets_a_row() {
        let fw = framework();
        let c = Comparison::build(
            fw,
            &[
                ix("sfia-senior-engineering-manager"),
                ix("crafters-senior-engineering-manager"),
            ],
        );
        let competencies: Vec<&str> = c
            .rows
            .iter()
            .filter(|r| r.kind == RowKind::Competency)
            .map(|r| r.label.as_str())
            .collect();
        assert_eq!(
            competencies,
            [
                "Learning and development management",
                "Portfolio management",
                "Sourcing",
                "Supplier management",
                "Craftsmanship",
                "Impact",
                "Behavior"
            ]
        );
        let crafts = row(&c, "competency:craftsmanship");
        assert_eq!(crafts.cells[0], None);
        assert_eq!(crafts.steps, [Step::New]);
        let sorc = row(&c, "competency:sourcing");
        assert_eq!(sorc.steps, [Step::NoLongerListed]);
        assert_eq!(c.pairs[0].new.len(), 3 + 18 + 1); // 3 areas, 18 attributes, its note
    }

    #[test]
    fn rows_are_grouped_by_kind() {
        let fw = framework();
        let c = Comparison::build(
            fw,
            &[
                ix("handbook-senior-engineering-manager"),
                ix("sfia-director-of-engineering"),
            ],
        );
        let kinds: Vec<RowKind> = c.rows.iter().map(|r| r.kind).collect();
        let mut sorted = kinds.clone();
        sorted.sort();
        assert_eq!(kinds, sorted);
        assert_eq!(row(&c, "growth").cells[1], None);
        assert_eq!(
            row(&c, "growth").kind.missing(),
            "Not described for this role"
        );
    }

    #[test]
    fn identical_rows_are_unchanged() {
        let fw = framework();
        let r = ix("sfia-vp-of-engineering");
        let c = Comparison::build(fw, &[r, r]);
        assert!(c.rows.iter().all(Row::unchanged));
        assert_eq!(c.pairs[0], PairSummary::default());
    }

    #[test]
    fn three_columns_have_two_pairs() {
        let fw = framework();
        let c = Comparison::build(
            fw,
            &[
                ix("sfia-senior-engineering-manager"),
                ix("sfia-director-of-engineering"),
                ix("sfia-vp-of-engineering"),
            ],
        );
        assert_eq!(c.pairs.len(), 2);
        assert!(c.rows.iter().all(|r| r.steps.len() == 2));
    }

    #[test]
    fn unknown_duplicate_and_extra_ids_are_dropped_with_reasons() {
        let fw = framework();
        let ids: Vec<String> = [
            "sfia-senior-engineering-manager",
            "ghost",
            "sfia-senior-engineering-manager",
            "sfia-director-of-engineering",
            "sfia-vp-of-engineering",
            "handbook-senior-engineering-manager",
            "crafters-senior-engineering-manager",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let (roles, dropped) = resolve_ids(fw, &ids);
        assert_eq!(roles.len(), 4);
        assert_eq!(
            dropped,
            [
                "“ghost” (no such role)",
                "“sfia-senior-engineering-manager” (listed twice)",
                "“crafters-senior-engineering-manager” (at most 4 roles side by side)"
            ]
        );
    }

    #[test]
    fn reorder_moves_within_bounds() {
        assert_eq!(reorder(&[1, 2, 3], 0, 1), [2, 1, 3]);
        assert_eq!(reorder(&[1, 2, 3], 2, -1), [1, 3, 2]);
        assert_eq!(reorder(&[1, 2, 3], 0, -1), [1, 2, 3]);
        assert_eq!(reorder(&[1, 2, 3], 2, 1), [1, 2, 3]);
        assert_eq!(reorder(&[1, 2, 3], 9, 1), [1, 2, 3]);
    }

    #[test]
    fn anchors_are_url_safe() {
        let fw = framework();
        let c = Comparison::build(fw, &[ix("handbook-senior-engineering-manager")]);
        for r in &c.rows {
            let a = r.anchor();
            assert!(
                a.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '-'),
                "{a}"
            );
        }
    }
}
