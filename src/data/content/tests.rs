//! The content description on both fixture frameworks: the bundled shape (SFIA skills, role
//! definitions, a matrix) and the grid (cumulative levels, per-path wording, ids, examples).

use super::*;
use crate::compare::{Comparison, Step};
use crate::data::grid_fixture::FRAMEWORK as GRID;
use crate::progress::expectations::from_content;
use crate::search::{Catalogue, Filters};

fn role(fw: &'static Framework, id: &str) -> (RoleIx, &'static Role) {
    let found = fw.roles.iter().enumerate().find(|(_, r)| r.id == id);
    found.unwrap_or_else(|| panic!("no role {id} in {}", fw.name))
}

fn group<'a>(c: &'a Content, key: &str) -> &'a Group {
    let mut groups = c.sections.iter().flat_map(|s| &s.groups);
    groups
        .find(|g| g.key == key)
        .unwrap_or_else(|| panic!("no group {key}"))
}

fn texts(g: &Group, inherited: bool) -> Vec<&str> {
    let items = g
        .items
        .iter()
        .filter(|i| i.from_level.is_some() == inherited);
    items.map(|i| i.text.as_str()).collect()
}

#[test]
fn cumulative_levels_keep_lower_statements_marked_with_their_level() {
    let (_, senior) = role(&GRID, "senior");
    let c = Content::build(&GRID, senior);
    let del = group(&c, "competency:DEL");
    assert_eq!(
        texts(del, false),
        [
            "Plans the delivery of a project across a team.",
            "Breaks work into steps that each ship value."
        ]
    );
    assert_eq!(
        texts(del, true),
        [
            "Ships features end to end.",
            "Ships small changes with help from the team."
        ]
    );
    let from: Vec<&str> = del
        .items
        .iter()
        .filter_map(|i| i.from_level)
        .map(|l| GRID.levels[l].id)
        .collect();
    assert_eq!(from, ["1.2", "1.1"]);
    assert_eq!(del.badge, Some("Practitioner"));
    // A competency may opt out: Collaboration says only what its own level expects.
    assert_eq!(texts(group(&c, "competency:COL"), true), Vec::<&str>::new());
}

#[test]
fn inherited_statements_share_keys_with_the_lower_role_so_ratings_carry_over() {
    let engineer = from_content(&Content::build(&GRID, role(&GRID, "engineer").1));
    let senior = from_content(&Content::build(&GRID, role(&GRID, "senior").1));
    let ships = engineer
        .iter()
        .find(|e| e.text == "Ships features end to end.")
        .expect("engineer");
    let inherited = senior
        .iter()
        .find(|e| e.key == ships.key)
        .expect("senior keeps it");
    assert_eq!(inherited.from_level.map(|l| GRID.levels[l].id), Some("1.2"));
    assert_eq!(inherited.examples.len(), 2);
}

#[test]
fn a_path_can_word_a_cell_its_own_way() {
    let staff = Content::build(&GRID, role(&GRID, "staff").1);
    let manager = Content::build(&GRID, role(&GRID, "manager").1);
    assert_eq!(
        texts(group(&staff, "competency:DEL"), false),
        ["Sets the technical direction for several teams."]
    );
    assert_eq!(
        texts(group(&manager, "competency:DEL"), false),
        ["Makes sure the teams deliver predictably."]
    );
}

#[test]
fn explicit_ids_key_statements_and_earlier_wordings_are_kept() {
    let c = Content::build(&GRID, role(&GRID, "senior").1);
    let del = group(&c, "competency:DEL");
    let plan = &del.items[0];
    assert_eq!(
        plan.key.as_deref(),
        Some(key(Kind::Attainment, "DEL", "id:del-plan").as_str())
    );
    let earlier = plan.earlier.as_ref().expect("earlier wording");
    assert_eq!(
        (earlier.text, earlier.key.as_deref()),
        ("Plans the delivery of a project.", None)
    );
    assert!(earlier.before_day.is_some());
    let breaks = &del.items[1];
    let old_key = key(Kind::Attainment, "DEL", "Splits work into tickets.");
    assert_eq!(
        breaks.earlier.as_ref().and_then(|e| e.key.clone()),
        Some(old_key)
    );
}

#[test]
fn comparison_and_search_walk_the_same_content() {
    let (e, _) = role(&GRID, "engineer");
    let (s, _) = role(&GRID, "senior");
    let c = Comparison::build(&GRID, &[e, s]);
    let del = c
        .rows
        .iter()
        .find(|r| r.key == "competency:delivery")
        .expect("Delivery row");
    assert_eq!(del.steps, [Step::Changed]);
    let senior = del.cells[1].as_ref().expect("senior column");
    assert!(senior
        .statements
        .iter()
        .any(|s| s.text == "Ships features end to end."));
    // An example is searchable, and found in every role that inherits it.
    let catalogue = Catalogue::new(&GRID);
    let filters = Filters {
        text: "settings page".into(),
        ..Filters::default()
    };
    let hits: Vec<&str> = catalogue
        .run(&filters)
        .hits
        .iter()
        .map(|&r| GRID.roles[r].id)
        .collect();
    assert_eq!(hits.len(), 4, "{hits:?}");
    assert!(!hits.contains(&"associate"));
}

#[test]
fn every_bundled_shape_role_is_described_once_with_unique_keys() {
    let fw = crate::data::framework();
    for (ix, r) in fw.roles.iter().enumerate() {
        let c = super::of(ix);
        assert_eq!(c, &Content::build(fw, r));
        let mut keys: Vec<&str> = c
            .assessable()
            .filter_map(|(_, i)| i.key.as_deref())
            .collect();
        assert!(!keys.is_empty(), "{} has nothing to assess", r.id);
        let n = keys.len();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), n, "duplicate keys in {}", r.id);
    }
}

#[test]
fn optional_competencies_count_only_once_chosen_and_the_choice_holds_across_roles() {
    use crate::progress::score::{by_group, gaps, Score};
    use crate::progress::Progress;
    let senior = from_content(&Content::build(&GRID, role(&GRID, "senior").1));
    let staff = from_content(&Content::build(&GRID, role(&GRID, "staff").1));
    let fe = senior
        .iter()
        .filter(|e| e.choice == Some(("Specialism", "FE")));
    assert_eq!(fe.count(), 1);
    let mut p = Progress::default();
    let total = Score::of(&p, &senior).total;
    assert!(!by_group(&p, &senior)
        .iter()
        .any(|(g, _)| g.starts_with("Frontend")));
    assert!(!gaps(&p, &senior).iter().any(|e| e.choice.is_some()));
    p.choose("Specialism", "FE", true, 1);
    assert_eq!(Score::of(&p, &senior).total, total + 1);
    assert!(by_group(&p, &senior)
        .iter()
        .any(|(g, _)| *g == "Frontend (FE)"));
    // Staff offers the same group: the choice counts there too (FE at E4 and, cumulative, IC3).
    let chosen = staff
        .iter()
        .filter(|e| e.choice.is_some() && p.counts(e))
        .count();
    assert_eq!(chosen, 2);
}
