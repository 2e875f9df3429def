//! Importing spreadsheets: the shipped templates, every kind of problem with its row, and the
//! round trip export -> import -> export on the fixture frameworks.

use super::*;
use crate::export::export;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn opts(wide: bool) -> Options {
    Options {
        file: "framework.csv".into(),
        name: "Test ladder".into(),
        wide,
    }
}

/// Writes the files into a fresh folder and loads it with the same validation as check-data.
fn load_files(files: &[(String, String)], tag: &str) -> crate::LoadedData {
    let dir = std::env::temp_dir().join(format!("rungs-import-test-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (path, text) in files {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }
    let data = crate::load(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    data.unwrap_or_else(|e| panic!("imported data is invalid: {e:?}"))
}

fn file<'a>(imported: &'a Imported, path: &str) -> &'a str {
    let found = imported.files.iter().find(|(p, _)| p == path);
    found
        .map(|(_, t)| t.as_str())
        .unwrap_or_else(|| panic!("no {path}"))
}

#[test]
fn the_long_template_imports_into_a_valid_folder() {
    let text = std::fs::read_to_string(root().join("templates/framework.csv")).expect("template");
    let imported = import(&text, &opts(false)).unwrap_or_else(|e| panic!("{e:?}"));
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
    let data = load_files(&imported.files, "long");
    assert_eq!(data.roles.len(), 2);
    assert_eq!(data.skills.len(), 2);
    let engineer = &data.roles[0].item;
    assert_eq!(
        (engineer.title.as_str(), engineer.next.as_slice()),
        ("Engineer", &["senior-engineer".to_string()][..])
    );
    assert_eq!(data.roles[1].item.previous.as_deref(), Some("engineer"));
    let del = file(&imported, "competencies/DELI.toml");
    assert!(
        del.contains(r#"{ text = "Writes tests for the code they change.", id = "del-tests" }"#),
        "{del}"
    );
    assert!(del.contains(r#"examples = ["A settings page from design to release", "A bug fix with its regression test"]"#), "{del}");
    assert!(del.contains(r#"says \"no\" to scope creep."#), "{del}");
    assert!(file(&imported, "framework.toml").contains("name = \"Test ladder\""));
}

#[test]
fn the_wide_template_imports_with_semicolons_and_a_statement_per_line() {
    let text =
        std::fs::read_to_string(root().join("templates/framework-wide.csv")).expect("template");
    let imported = import(&text, &opts(true)).unwrap_or_else(|e| panic!("{e:?}"));
    let data = load_files(&imported.files, "wide");
    assert_eq!(
        data.framework
            .levels
            .iter()
            .map(|l| l.id.as_str())
            .collect::<Vec<_>>(),
        ["E1", "E2", "E3"]
    );
    assert_eq!(data.roles.len(), 3, "one role per level of the one path");
    let del = data
        .skills
        .iter()
        .find(|s| s.item.name == "Delivery")
        .expect("Delivery");
    assert_eq!(del.item.attainment[0].statements.len(), 2);
}

#[test]
fn every_problem_is_reported_with_its_row_and_nothing_is_produced() {
    let text = "Path,Level,Competency,Statement,Level Rank,Next role,Colour\n\
                eng,L1,Delivery,Ships.,1,,red\n\
                eng,,Delivery,Plans.,2,,\n\
                eng,L2,Delivery,,x,,\n\
                eng,L1,Delivery,Tests.,3,Nobody,\n";
    let errors = import(text, &opts(false)).expect_err("broken");
    for expected in [
        "framework.csv:3: column \"level\": empty",
        "framework.csv:4: column \"statement\": empty",
    ] {
        assert!(
            errors.iter().any(|e| e == expected),
            "{expected} in {errors:?}"
        );
    }
    let text = "path,level,competency,statement,level_rank,next_role\n\
                eng,L1,Delivery,Ships.,1,\n\
                eng,L2,Delivery,Plans.,x,\n\
                eng,L1,Delivery,Tests.,3,Nobody\n";
    let errors = import(text, &opts(false)).expect_err("broken");
    for expected in [
        "framework.csv:3: column \"level_rank\": `x` is not a whole number",
        "framework.csv:4: column \"level_rank\": `3` differs from `1` on line 2",
        "framework.csv:4: column \"next_role\": no role is called `Nobody`",
    ] {
        assert!(
            errors.iter().any(|e| e == expected),
            "{expected} in {errors:?}"
        );
    }
    let errors = import("level,statement\nL1,x\n", &opts(false)).expect_err("columns");
    assert!(
        errors
            .iter()
            .any(|e| e.contains("column \"path\" is missing")),
        "{errors:?}"
    );
    let ok = import(
        "path,level,competency,statement,colour\neng,L1,D,x.,red\n",
        &opts(false),
    )
    .expect("imports");
    assert_eq!(
        ok.warnings,
        ["framework.csv:1: column \"colour\" is not one Rungs reads; ignored"]
    );
}

#[test]
fn export_then_import_gives_the_same_framework_on_the_fixtures() {
    for fixture in [
        "tests/fixtures/frameworks/grid",
        "tests/fixtures/frameworks/bundled-shape",
        "tests/fixtures/valid",
    ] {
        let data =
            crate::load(&root().join(fixture)).unwrap_or_else(|e| panic!("{fixture}: {e:?}"));
        let (csv, _) = export(&data);
        let imported = import(&csv, &opts(false)).unwrap_or_else(|e| panic!("{fixture}: {e:?}"));
        let again = load_files(&imported.files, "round");
        let (csv_again, _) = export(&again);
        assert_eq!(
            csv_again, csv,
            "{fixture}: the round trip changed the statements"
        );
    }
}
