//! Side-by-side comparison of 2–4 roles: rows aligned by competency, what changes between
//! neighbouring columns, and a summary per pair. Pure; the page only renders it.

pub mod diff;

use crate::data::{Framework, Role, RoleIx};
use crate::search::text::normalize;
use diff::same_words;

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
            RowKind::Competency => "Skills and competencies",
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

/// Every comparable item of a role: (kind, key, label, detail, text).
fn items(fw: &Framework, role: &Role) -> Vec<(RowKind, String, String, Option<String>, String)> {
    let mut out = vec![];
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
    if let Some(s) = role.scope_summary {
        out.push((
            RowKind::Overview,
            "scope".into(),
            "Scope".into(),
            None,
            s.into(),
        ));
    }
    if !role.overview.is_empty() {
        let text = role.overview.join("\n");
        out.push((
            RowKind::Overview,
            "overview".into(),
            "Overview".into(),
            None,
            text,
        ));
    }
    if let Some(y) = role.years_at_level {
        out.push((
            RowKind::Overview,
            "years".into(),
            "Typical time at level".into(),
            None,
            y.into(),
        ));
    }
    for &s in role.skills {
        let skill = &fw.skills[s];
        let text = if skill.text_omitted {
            // The build left the text out: compare by level, and say where the text is.
            format!(
                "{} at {} (text on the official page: {})",
                skill.code,
                fw.level(role).name,
                skill.url
            )
        } else {
            fw.attainment(skill, role.level).unwrap_or(&[]).join("\n")
        };
        out.push((
            RowKind::Competency,
            format!("competency:{}", normalize(skill.name).trim()),
            skill.name.into(),
            Some(format!(
                "{} · {} › {}",
                skill.code, skill.category, skill.subcategory
            )),
            text,
        ));
    }
    for m in role.matrix {
        let area_key = normalize(m.area).trim().to_string();
        out.push((
            RowKind::Competency,
            format!("competency:{area_key}"),
            m.area.into(),
            Some("Competency matrix".into()),
            format!("{}: {}", m.grade, m.summary),
        ));
        for a in m.attributes {
            out.push((
                RowKind::Attribute,
                format!("attribute:{area_key}:{}", normalize(a.name).trim()),
                a.name.into(),
                Some(m.area.into()),
                a.text.into(),
            ));
        }
    }
    for c in role.characteristics {
        out.push((
            RowKind::Definition,
            format!("characteristic:{}", c.name),
            c.name.into(),
            Some("Key characteristic".into()),
            c.text.into(),
        ));
    }
    for g in role.responsibilities {
        out.push((
            RowKind::Definition,
            format!("responsibilities:{}", g.name),
            g.name.into(),
            Some("Responsibilities".into()),
            g.items.join("\n"),
        ));
    }
    for g in role.metrics {
        for m in g.metrics {
            out.push((
                RowKind::Definition,
                format!("metric:{}:{}", g.name, m.name),
                m.name.into(),
                Some(format!("Success metric · {}", g.name)),
                m.text.into(),
            ));
        }
    }
    for c in role.challenges {
        let text = format!("Challenge: {}\nApproach: {}", c.challenge, c.approach);
        out.push((
            RowKind::Definition,
            format!("challenge:{}", c.name),
            c.name.into(),
            Some("Challenge".into()),
            text,
        ));
    }
    let dev = &role.development;
    if !dev.must.is_empty() {
        out.push((
            RowKind::Definition,
            "development:must".into(),
            "Must develop".into(),
            Some("Development focus".into()),
            dev.must.join("\n"),
        ));
    }
    if !dev.should.is_empty() {
        out.push((
            RowKind::Definition,
            "development:should".into(),
            "Should develop".into(),
            Some("Development focus".into()),
            dev.should.join("\n"),
        ));
    }
    if let Some(g) = &role.growth {
        let mut text = vec![g.text];
        text.extend(g.options);
        out.push((
            RowKind::Definition,
            "growth".into(),
            "Growth path".into(),
            None,
            text.join("\n"),
        ));
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
        assert_eq!(c.pairs[0].new.len(), 3 + 18); // 3 areas, 18 attributes
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
