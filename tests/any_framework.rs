//! What must hold for any framework, whatever its content: run on the framework the library was
//! built with. `make test` runs it on the fixture framework, on the grid fixture and on the data
//! folder being tested (`data/`, or `make test DATA=dir`), so an organisation's own framework
//! gets these checks too. Nothing here names a role, a competency or a level.

use rungs::compare::Comparison;
use rungs::data::content::{self, Content, SectionKind};
use rungs::data::framework;
use rungs::progress::codec::{decode, encode};
use rungs::progress::expectations::is_key;
use rungs::progress::index::{index, role_expectations};
use rungs::progress::score::Score;
use rungs::progress::{Progress, Rating};
use rungs::route::Route;
use rungs::search::{Catalogue, Filters};
use std::collections::HashSet;

/// Enough roles to catch a problem, few enough to stay fast on a framework of thousands.
const SAMPLE: usize = 300;

fn sample<T>(items: &[T]) -> impl Iterator<Item = (usize, &T)> {
    let step = items.len().div_ceil(SAMPLE).max(1);
    items.iter().enumerate().step_by(step)
}

#[test]
fn every_role_has_content_and_its_expectations_have_unique_valid_keys() {
    let fw = framework();
    assert!(!fw.roles.is_empty(), "a framework has roles");
    for (ix, role) in sample(fw.roles) {
        let c = content::of(ix);
        assert!(!c.sections.is_empty(), "{}: no content", role.id);
        let exps = role_expectations(ix);
        let mut seen = HashSet::new();
        for e in exps {
            assert!(is_key(&e.key), "{}: bad key {}", role.id, e.key);
            assert!(seen.insert(&e.key), "{}: key {} twice", role.id, e.key);
            assert!(index().knows(&e.key));
            assert!(!e.text.trim().is_empty());
        }
    }
}

#[test]
fn search_finds_every_role_by_its_title() {
    let fw = framework();
    let catalogue = Catalogue::new(fw);
    let all = catalogue.run(&Filters::default());
    assert_eq!(all.hits.len(), fw.roles.len(), "no filter lists every role");
    for (ix, role) in sample(fw.roles) {
        let filters = Filters {
            text: role.title.into(),
            ..Filters::default()
        };
        let hits = catalogue.run(&filters).hits;
        assert!(hits.contains(&ix), "searching “{}” misses it", role.title);
    }
}

#[test]
fn every_view_of_every_role_and_competency_has_a_url_that_reads_back() {
    let fw = framework();
    for (ix, role) in sample(fw.roles) {
        let page = Route::role(role.id);
        assert_eq!(Route::parse(&page.to_fragment()), page);
        for section in &content::of(ix).sections {
            let route = Route::Role {
                id: role.id.into(),
                section: Some(section.key.into()),
            };
            assert_eq!(Route::parse(&route.to_fragment()), route);
        }
    }
    for (_, skill) in sample(fw.skills) {
        let route = Route::Skill {
            code: skill.code.into(),
        };
        assert_eq!(Route::parse(&route.to_fragment()), route);
    }
    for guide in fw.guides {
        let route = Route::About {
            id: Some(guide.id.into()),
        };
        assert_eq!(Route::parse(&route.to_fragment()), route);
    }
}

#[test]
fn every_role_compares_with_its_next_levels() {
    let fw = framework();
    for (ix, role) in sample(fw.roles) {
        let mut roles = vec![ix];
        roles.extend(role.next.iter().take(3));
        let c = Comparison::build(fw, &roles);
        assert_eq!(c.roles, roles);
        assert_eq!(c.pairs.len(), roles.len() - 1);
        for row in &c.rows {
            assert_eq!(row.cells.len(), roles.len(), "{}: {}", role.id, row.key);
            assert_eq!(row.steps.len(), roles.len() - 1);
            // Every statement of every column sits on exactly one line.
            for (col, cell) in row.cells.iter().enumerate() {
                let mut seen: Vec<usize> = row
                    .lines
                    .iter()
                    .flat_map(|l| l.parts[col].clone())
                    .collect();
                seen.sort_unstable();
                let count = cell.as_ref().map_or(0, |c| c.statements.len());
                assert_eq!(
                    seen,
                    (0..count).collect::<Vec<_>>(),
                    "{}: {}",
                    role.id,
                    row.key
                );
            }
        }
        // "Assess these" lists expectations the next role really has.
        for (p, pair) in c.pairs.iter().enumerate() {
            let right = role_expectations(roles[p + 1]);
            for key in &pair.keys {
                assert!(right.iter().any(|e| &e.key == key), "{}: {key}", role.id);
            }
        }
        // Every competency of the role has its row, filled in the role's column.
        let content = Content::build(fw, role);
        let competencies = content
            .sections
            .iter()
            .filter(|s| s.kind == SectionKind::Competencies)
            .flat_map(|s| &s.groups);
        for group in competencies {
            let row = c.rows.iter().find(|r| r.label == group.name);
            let row = row.unwrap_or_else(|| panic!("{}: no row for {}", role.id, group.name));
            assert!(row.cells[0].is_some(), "{}: {} empty", role.id, group.name);
        }
    }
}

#[test]
fn rating_everything_of_a_role_meets_it_and_survives_a_link() {
    let fw = framework();
    for (ix, role) in sample(fw.roles).take(50) {
        let mut p = Progress::default();
        p.set_roles(Some(role.id.into()), None, 1);
        for (t, e) in role_expectations(ix).iter().enumerate() {
            p.set_rating(&e.key, Some(Rating::Consistently), 10 + t as u64);
            if let Some((group, code)) = e.choice {
                p.choose(group, code, true, 5);
            }
        }
        let score = Score::of(&p, role_expectations(ix));
        assert_eq!(score.total, role_expectations(ix).len());
        if score.total > 0 {
            assert_eq!(score.percent_met(), 100, "{}", role.id);
        }
        assert_eq!(decode(&encode(&p)), Ok(p), "{}", role.id);
    }
}
