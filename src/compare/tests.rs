use super::*;
use crate::data::framework;
use crate::data::grid_fixture::FRAMEWORK as GRID;

fn ix_in(fw: &Framework, id: &str) -> RoleIx {
    fw.role_by_id(id)
        .map(|(i, _)| i)
        .unwrap_or_else(|| panic!("no role {id}"))
}

fn ix(id: &str) -> RoleIx {
    ix_in(framework(), id)
}

/// The comparison of the fixture roles with these ids, in this order.
fn compare(ids: &[&str]) -> Comparison {
    let roles: Vec<RoleIx> = ids.iter().map(|id| ix(id)).collect();
    Comparison::build(framework(), &roles)
}

fn row<'a>(c: &'a Comparison, key: &str) -> &'a Row {
    c.rows
        .iter()
        .find(|r| r.key == key)
        .unwrap_or_else(|| panic!("no row {key}"))
}

/// Every entry of a pair's summary, as (row label, step, text).
fn entries(c: &Comparison, groups: &[SummaryGroup]) -> Vec<(String, Step, String)> {
    groups
        .iter()
        .flat_map(|g| {
            g.entries
                .iter()
                .map(|e| (c.rows[g.row].label.clone(), e.step, e.text.clone()))
        })
        .collect()
}

#[test]
fn a_statement_only_at_the_next_level_is_new_there_in_full() {
    let fw = framework();
    let (sem, dir) = (
        ix("sfia-senior-engineering-manager"),
        ix("sfia-director-of-engineering"),
    );
    let c = Comparison::build(fw, &[sem, dir]);
    let etmg = row(&c, "competency:learning and development management");
    assert_eq!(etmg.steps, [Step::Changed]);
    let new = entries(&c, &c.pairs[0].changes);
    let evaluates = (
        "Learning and development management".to_string(),
        Step::New,
        "Evaluates learning outcomes.".to_string(),
    );
    assert!(new.contains(&evaluates), "{new:#?}");
    // The summary's keys are the right role's expectations, so "assess these" can list them.
    let director = crate::progress::index::role_expectations(dir);
    assert!(!c.pairs[0].keys.is_empty());
    for key in &c.pairs[0].keys {
        assert!(director.iter().any(|e| &e.key == key), "{key}");
    }
    // Each summary entry links to a line that holds its text.
    for g in &c.pairs[0].changes {
        for e in &g.entries {
            let r = &c.rows[g.row];
            let said = r.statements(&r.lines[e.line], 1);
            let texts: Vec<String> = said.iter().map(|s| s.full_text()).collect();
            assert_eq!(texts.join(" "), e.text);
        }
    }
}

#[test]
fn every_statement_of_every_cell_is_on_exactly_one_line() {
    let fw = framework();
    let all: Vec<RoleIx> = (0..fw.roles.len()).collect();
    for pair in all.windows(2).chain([&all[..all.len().min(MAX_ROLES)]]) {
        let c = Comparison::build(fw, pair);
        for r in &c.rows {
            for (col, cell) in r.cells.iter().enumerate() {
                let mut seen: Vec<usize> =
                    r.lines.iter().flat_map(|l| l.parts[col].clone()).collect();
                seen.sort_unstable();
                let count = cell.as_ref().map_or(0, |c| c.statements.len());
                assert_eq!(seen, (0..count).collect::<Vec<_>>(), "{} col {col}", r.key);
            }
            for l in &r.lines {
                assert_eq!(
                    (l.steps.len(), l.marks.len()),
                    (c.roles.len() - 1, c.roles.len())
                );
            }
        }
    }
}

#[test]
fn lines_keep_each_column_in_its_own_order_when_nothing_moves() {
    let c = compare(&[
        "sfia-senior-engineering-manager",
        "sfia-director-of-engineering",
    ]);
    for r in &c.rows {
        for col in 0..2 {
            let order: Vec<usize> = r.lines.iter().flat_map(|l| l.parts[col].clone()).collect();
            let mut sorted = order.clone();
            sorted.sort_unstable();
            assert_eq!(order, sorted, "{} col {col}", r.key);
        }
    }
}

#[test]
fn identical_roles_change_nothing() {
    let fw = framework();
    let r = ix("sfia-vp-of-engineering");
    let c = Comparison::build(fw, &[r, r]);
    assert!(c.rows.iter().all(Row::unchanged));
    assert!(c.rows.iter().flat_map(|r| &r.lines).all(|l| !l.differs()));
    assert!(c.pairs[0].is_empty());
    assert!(c.pairs[0].keys.is_empty());
}

#[test]
fn competencies_of_either_role_get_rows_and_matrix_attributes_are_labelled_lines() {
    let c = compare(&[
        "sfia-senior-engineering-manager",
        "crafters-senior-engineering-manager",
    ]);
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
    let cell = crafts.cells[1].as_ref().expect("crafters column");
    assert!(cell.badge.is_some(), "the grade is the cell's badge");
    assert!(cell.statements.iter().filter(|s| s.label.is_some()).count() >= 5);
    assert!(crafts.lines.iter().all(|l| l.steps == [Step::New]));
    assert_eq!(row(&c, "competency:sourcing").steps, [Step::NoLongerListed]);
    let dropped = entries(&c, &c.pairs[0].no_longer_listed);
    assert!(dropped.iter().any(|(label, ..)| label == "Sourcing"));
}

#[test]
fn inherited_statements_are_not_new() {
    let (associate, senior) = (ix_in(&GRID, "associate"), ix_in(&GRID, "senior"));
    let c = Comparison::build(&GRID, &[associate, senior]);
    let delivery = row(&c, "competency:delivery");
    let step_of = |text: &str| {
        let found = delivery
            .lines
            .iter()
            .find(|l| delivery.statements(l, 1).iter().any(|s| s.text == text));
        found.map(|l| l.steps[0])
    };
    // Expected at the level between: inherited, not new.
    assert_eq!(step_of("Ships features end to end."), Some(Step::Inherited));
    assert_eq!(
        step_of("Ships small changes with help from the team."),
        Some(Step::Same)
    );
    assert_eq!(
        step_of("Plans the delivery of a project across a team."),
        Some(Step::New)
    );
    let new = entries(&c, &c.pairs[0].changes);
    assert!(!new
        .iter()
        .any(|(_, _, t)| t == "Ships features end to end."));
}

#[test]
fn a_light_rewording_is_marked_word_by_word_and_a_rewrite_is_not() {
    let c = compare(&[
        "sfia-senior-engineering-manager",
        "sfia-director-of-engineering",
    ]);
    for r in &c.rows {
        for l in &r.lines {
            if let Some(pieces) = &l.marks[1] {
                assert_eq!(l.steps[0], Step::Changed);
                let kept: usize = pieces
                    .iter()
                    .filter(|p| p.change == diff::Change::Same)
                    .map(|p| p.text.split_whitespace().count())
                    .sum();
                let new: String = pieces
                    .iter()
                    .filter(|p| p.change != diff::Change::Removed)
                    .map(|p| p.text.as_str())
                    .collect();
                assert!(kept * 2 >= new.split_whitespace().count(), "{pieces:?}");
            }
            assert!(l.marks[0].is_none(), "the first column changes nothing");
        }
    }
}

#[test]
fn rows_are_grouped_by_kind() {
    let c = compare(&[
        "handbook-senior-engineering-manager",
        "sfia-director-of-engineering",
    ]);
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
fn three_columns_have_two_pairs() {
    let c = compare(&[
        "sfia-senior-engineering-manager",
        "sfia-director-of-engineering",
        "sfia-vp-of-engineering",
    ]);
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
        for a in [r.anchor(), r.line_anchor(3)] {
            assert!(
                a.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '-'),
                "{a}"
            );
        }
    }
}

#[test]
fn runs_of_statements_without_counterparts_share_a_block() {
    let c = compare(&[
        "sfia-senior-engineering-manager",
        "sfia-director-of-engineering",
    ]);
    for r in &c.rows {
        let blocks = r.blocks(|_| true);
        let flat: Vec<usize> = blocks.iter().flatten().copied().collect();
        assert_eq!(flat, (0..r.lines.len()).collect::<Vec<_>>(), "{}", r.key);
        for b in blocks.iter().filter(|b| b.len() > 1) {
            for &l in b {
                let filled = r.lines[l].parts.iter().filter(|p| !p.is_empty()).count();
                assert_eq!(filled, 1, "{}: a block holds lone statements only", r.key);
            }
        }
    }
    // Learning and development is reworded from L5 to L6: one block, both texts in it.
    let etmg = row(&c, "competency:learning and development management");
    let blocks = etmg.blocks(|_| true);
    assert_eq!(blocks.len(), 1, "{blocks:?}");
    // Hiding lines never joins lines that have counterparts.
    let hidden = etmg.blocks(|l| l.steps[0] != Step::New);
    assert!(hidden
        .iter()
        .flatten()
        .all(|&l| etmg.lines[l].steps[0] != Step::New));
}
