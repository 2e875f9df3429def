//! The build option that leaves out text under restrictive terms (RUNGS_OMIT_RESTRICTED):
//! the generated code must hold none of that text, and keep what replaces it.

use rungs_data::generate::{generate, omit_restricted_option};
use rungs_data::load;
use std::path::Path;

fn data() -> rungs_data::LoadedData {
    load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/frameworks/bundled-shape"))
        .expect("fixture framework loads")
}

#[test]
fn restricted_text_is_left_out_when_asked() {
    let data = data();
    let restricted: Vec<&str> = data
        .sources
        .iter()
        .filter(|s| s.item.restricted)
        .map(|s| s.item.id.as_str())
        .collect();
    assert_eq!(
        restricted,
        ["sfia-management"],
        "the SFIA text is marked restricted"
    );
    let full = generate(&data, false).expect("full build");
    let omitted = generate(&data, true).expect("omitting build");
    let mut checked = 0;
    for skill in data.skills.iter().map(|s| &s.item) {
        let mut texts = vec![skill.description.as_str()];
        texts.extend(skill.guidance_intro.as_deref());
        texts.extend(skill.guidance.iter().map(String::as_str));
        texts.extend(
            skill
                .attainment
                .iter()
                .flat_map(|a| a.statements.iter().map(|s| s.text())),
        );
        for text in texts {
            let literal = format!("{text:?}");
            assert!(full.contains(&literal), "full build lacks {text:?}");
            assert!(
                !omitted.contains(&literal),
                "omitting build still has {text:?}"
            );
            checked += 1;
        }
        // What shows in its place: code, name, link.
        let url = skill.url.clone().unwrap_or_default();
        for kept in [&skill.code, &skill.name, &url] {
            assert!(
                omitted.contains(&format!("{kept:?}")),
                "omitting build lost {kept}"
            );
        }
    }
    // 4 skills: description, guidance intro, guidance notes and 3 levels of attainment.
    assert!(checked >= 90, "only {checked} texts checked");
    assert!(omitted.contains("restricted_text_omitted: true"));
    assert!(full.contains("restricted_text_omitted: false"));
    // Role text from other sources stays in both.
    assert!(omitted.contains("Manage and develop other engineering managers"));
    assert!(omitted.contains("company’s standard approaches"));
}

#[test]
fn the_build_option_reads_yes_and_no_and_rejects_typos() {
    for yes in ["1", "true", "YES", " yes "] {
        assert_eq!(omit_restricted_option(Some(yes)), Ok(true), "{yes}");
    }
    for no in [None, Some(""), Some("0"), Some("false"), Some("No")] {
        assert_eq!(omit_restricted_option(no), Ok(false), "{no:?}");
    }
    assert!(omit_restricted_option(Some("ture")).is_err());
}
