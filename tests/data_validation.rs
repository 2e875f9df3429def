//! Every validation rule of the data loader, each with a broken fixture: `tests/fixtures/valid/`
//! overlaid with the files of `tests/fixtures/broken/<rule>/`. The error must name the file,
//! the field and the problem.

use rungs_data::{load, DataError};
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).expect("fixture folder is readable") {
        let entry = entry.expect("fixture entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            std::fs::create_dir_all(&target).expect("create fixture folder");
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy fixture file");
        }
    }
}

/// A fresh data folder: the valid fixture with the broken rule's files laid over it.
fn fixture_dir(rule: Option<&str>) -> PathBuf {
    // Tests run in parallel: each folder gets a number of its own.
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!(
        "rungs-fixture-{}-{}-{n}",
        rule.unwrap_or("valid"),
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create temp fixture");
    copy_tree(&fixtures().join("valid"), &dir);
    if let Some(rule) = rule {
        copy_tree(&fixtures().join("broken").join(rule), &dir);
    }
    dir
}

fn errors_for(rule: &str) -> Vec<DataError> {
    let dir = fixture_dir(Some(rule));
    let result = load(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    match result {
        Ok(_) => panic!("broken fixture `{rule}` loaded without error"),
        Err(errors) => errors,
    }
}

/// True when one error names `file` (a path ending), `field`, and a problem containing `problem`.
fn has_error(errors: &[DataError], file: &str, field: &str, problem: &str) -> bool {
    errors
        .iter()
        .any(|e| e.file.ends_with(file) && e.field == field && e.problem.contains(problem))
}

/// The errors one per line, for a failing assertion's message.
fn listing(errors: &[DataError]) -> String {
    errors
        .iter()
        .map(|e| e.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Asserts one error of `rule` names `file`, `field`, and a problem containing `problem`.
fn assert_error(rule: &str, file: &str, field: &str, problem: &str) {
    let errors = errors_for(rule);
    assert!(
        has_error(&errors, file, field, problem),
        "rule `{rule}`: expected {file}: field `{field}`: …{problem}…, got:\n{}",
        listing(&errors)
    );
}

#[test]
fn valid_fixture_loads() {
    let dir = fixture_dir(None);
    let data = load(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    let data = data.unwrap_or_else(|e| panic!("valid fixture failed: {e:?}"));
    assert_eq!(data.roles.len(), 3);
    assert_eq!(data.roles[0].item.id, "a", "roles are sorted by level");
    // A branching ladder: `a` leads to `b` (same path) and `c` (another path).
    assert_eq!(data.roles[0].item.next, ["b", "c"]);
    assert!(data.warnings.is_empty(), "{:?}", data.warnings);
    let code = rungs_data::generate::generate(&data, false).expect("generates");
    let b = data.role_index("b").expect("b");
    let c = data.role_index("c").expect("c");
    assert!(
        code.contains(&format!("next: &[{b}, {c}]")),
        "both next roles in the generated data"
    );
}

#[test]
fn a_next_role_listed_twice_is_an_error() {
    let dir = fixture_dir(None);
    let a = dir.join("roles/a.toml");
    let text = std::fs::read_to_string(&a)
        .expect("a")
        .replace(r#"["b", "c"]"#, r#"["b", "b"]"#);
    std::fs::write(&a, text).expect("write a");
    let errors = load(&dir).expect_err("listed twice");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        errors
            .iter()
            .any(|e| e.field == "next[1]" && e.problem.contains("role `b` is listed twice")),
        "{errors:?}"
    );
}

#[test]
fn duplicate_role_id() {
    assert_error(
        "duplicate-role-id",
        "roles/c.toml",
        "id",
        "duplicate role `a`",
    );
}

#[test]
fn duplicate_skill_code() {
    assert_error(
        "duplicate-skill-code",
        "skills/ABCD2.toml",
        "code",
        "duplicate skill `ABCD`",
    );
}

#[test]
fn unknown_skill_reference() {
    assert_error(
        "unknown-skill",
        "roles/a.toml",
        "skills[0]",
        "unknown skill `NOPE`",
    );
}

#[test]
fn unknown_level_reference() {
    assert_error(
        "unknown-level",
        "roles/a.toml",
        "level",
        "unknown level `L9` (known: L1, L2)",
    );
}

#[test]
fn unknown_path_reference() {
    assert_error(
        "unknown-path",
        "roles/a.toml",
        "path",
        "unknown career path `sales`",
    );
}

#[test]
fn unknown_source_reference() {
    assert_error(
        "unknown-source",
        "roles/a.toml",
        "source",
        "unknown source `elsewhere`",
    );
}

#[test]
fn unknown_previous_or_next_role() {
    assert_error(
        "unknown-relation",
        "roles/b.toml",
        "previous",
        "unknown role `ghost`",
    );
}

#[test]
fn every_role_needs_a_level() {
    assert_error(
        "missing-level",
        "roles/a.toml",
        "level",
        "every role needs a level",
    );
}

#[test]
fn every_role_needs_a_path() {
    assert_error(
        "missing-path",
        "roles/a.toml",
        "path",
        "every role needs a career path",
    );
}

#[test]
fn levels_must_be_ordered() {
    assert_error(
        "unordered-levels",
        "framework.toml",
        "level[1].rank",
        "ascending rank",
    );
}

#[test]
fn no_empty_text() {
    assert_error("empty-text", "roles/a.toml", "title", "is empty");
}

#[test]
fn links_must_be_web_addresses() {
    assert_error(
        "link-not-http",
        "sources/src.toml",
        "url",
        "`javascript:alert(1)` must be a web address starting with https://",
    );
}

#[test]
fn no_empty_list_items() {
    assert_error(
        "empty-list-item",
        "skills/ABCD.toml",
        "guidance[1]",
        "is empty",
    );
}

#[test]
fn required_skill_describes_the_role_level() {
    assert_error(
        "no-attainment-at-role-level",
        "roles/b.toml",
        "skills[0]",
        "skill `ABCD` has no attainment text for the role's level `L2`",
    );
}

#[test]
fn next_level_must_be_higher() {
    assert_error("next-not-higher", "roles/b.toml", "next", "higher level");
}

#[test]
fn ids_must_be_url_safe() {
    assert_error(
        "bad-id",
        "roles/a.toml",
        "id",
        "lowercase letters, digits and hyphens",
    );
}

#[test]
fn unknown_fields_are_typos() {
    assert_error("unknown-field", "roles/a.toml", "titel", "unknown field");
}

#[test]
fn syntax_errors_name_the_file() {
    let errors = errors_for("syntax-error");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].file.ends_with("roles/a.toml"), "{errors:?}");
    assert!(!errors[0].problem.is_empty());
}

#[test]
fn type_errors_name_line_column_and_field_path() {
    let errors = errors_for("type-error");
    assert_eq!(errors.len(), 1, "{errors:?}");
    let e = &errors[0];
    assert_eq!(e.at, Some((11, 9)), "{e}");
    assert_eq!(e.field, "responsibility_group.items", "{e}");
    assert!(!e.problem.contains("Raw"), "no internal type names: {e}");
    assert!(
        e.to_string()
            .contains("roles/a.toml:11:9: field `responsibility_group.items`: "),
        "{e}"
    );
}

#[test]
fn files_that_are_not_read_are_reported() {
    let errors = errors_for("stray-files");
    let report = errors
        .iter()
        .map(|e| e.to_string())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        errors
            .iter()
            .any(|e| e.file.ends_with("roles/archive")
                && e.problem.contains("sub-folders are skipped")),
        "{report}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.file.ends_with("roles/d.yml") && e.problem.contains("data files are TOML")),
        "{report}"
    );
}

#[test]
fn an_empty_roles_folder_is_an_error() {
    let dir = fixture_dir(None);
    for f in ["a.toml", "b.toml", "c.toml"] {
        std::fs::remove_file(dir.join("roles").join(f)).expect("remove role");
    }
    let errors = load(&dir).expect_err("no roles");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        errors
            .iter()
            .any(|e| e.file.ends_with("roles") && e.problem.contains("has no roles")),
        "{errors:?}"
    );
}

#[test]
fn things_that_help_nobody_are_warnings() {
    let dir = fixture_dir(None);
    std::fs::write(
        dir.join("skills/UNUSED.toml"),
        std::fs::read_to_string(dir.join("skills/ABCD.toml"))
            .expect("skill")
            .replace("\"ABCD\"", "\"UNUSED\""),
    )
    .expect("write skill");
    let data = load(&dir).unwrap_or_else(|e| panic!("{e:?}"));
    let _ = std::fs::remove_dir_all(&dir);
    let warnings = data
        .warnings
        .iter()
        .map(|w| w.to_string())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        warnings.contains("skill `UNUSED` is required by no role"),
        "{warnings}"
    );
}

#[test]
fn missing_folder_is_reported() {
    let errors = load(Path::new("/nonexistent/rungs-data")).expect_err("no data folder");
    assert!(errors.iter().any(|e| e.file.ends_with("framework.toml")));
    assert!(errors
        .iter()
        .any(|e| e.file.ends_with("roles") && e.field == "(folder)"));
}

#[test]
fn errors_read_as_file_field_problem() {
    let e = DataError::new("data/roles/x.toml", "level", "unknown level `L9`");
    assert_eq!(
        e.to_string(),
        "data/roles/x.toml: field `level`: unknown level `L9`"
    );
}

#[test]
fn the_grid_fixture_framework_loads_without_warnings() {
    let dir = fixtures().join("frameworks/grid");
    let data = load(&dir).unwrap_or_else(|e| panic!("grid fixture failed: {e:?}"));
    assert!(data.warnings.is_empty(), "{:?}", data.warnings);
    assert_eq!(data.skills.len(), 4, "read from competencies/");
    assert!(data.framework.cumulative);
    assert_eq!(data.framework.guides.len(), 2);
}

#[test]
fn grid_statements_ids_paths_and_reworded_dates_are_checked() {
    let dir = fixture_dir(None);
    std::fs::create_dir_all(dir.join("competencies")).expect("folder");
    std::fs::write(
        dir.join("competencies/GRID.toml"),
        r#"code = "GRID"
name = "Grid"
source = "src"
description = "A competency written as a grid."

[[level]]
level = "L1"
path = "nowhere"
statements = ["One."]

[[level]]
level = "L2"
path = "eng"
statements = [
    { text = "Two.", id = "same" },
    { text = "Three.", id = "same" },
    { text = "Four.", id = "four", was = "Old four." },
    { text = "Five.", was = "Old five.", reworded = "2026-02-30" },
    { text = "Six.", reworded = "2026-01-01" },
]

[[level]]
level = "L2"
path = "eng"
statements = ["Again."]
"#,
    )
    .expect("write");
    let errors = load(&dir).expect_err("broken grid");
    let _ = std::fs::remove_dir_all(&dir);
    let expect = [
        ("attainment[0].path", "unknown career path `nowhere`"),
        (
            "attainment[1].statements[1].id",
            "statement id `same` is used twice",
        ),
        (
            "attainment[1].statements[2].reworded",
            "needs the date it changed",
        ),
        (
            "attainment[1].statements[3].reworded",
            "`2026-02-30` must be a date written YYYY-MM-DD",
        ),
        (
            "attainment[1].statements[4].was",
            "`reworded` needs the earlier wording",
        ),
        (
            "attainment[2].level",
            "level `L2` is described twice for path `eng`",
        ),
    ];
    for (field, problem) in expect {
        assert!(
            has_error(&errors, "competencies/GRID.toml", field, problem),
            "expected {field}: {problem}; got:\n{}",
            listing(&errors)
        );
    }
}

#[test]
fn optional_groups_name_known_competencies_and_a_real_choice() {
    let dir = fixture_dir(None);
    let b = dir.join("roles/b.toml");
    let text = std::fs::read_to_string(&b).expect("b")
        + "\n[[optional]]\nname = \"Specialism\"\nchoose = 2\ncompetencies = [\"ABCD\", \"NOPE\"]\n";
    std::fs::write(&b, text).expect("write b");
    let errors = load(&dir).expect_err("bad optional group");
    let _ = std::fs::remove_dir_all(&dir);
    for (field, problem) in [
        ("optional[0].choose", "choose 2 of 2"),
        ("optional[0].competencies[1]", "unknown skill `NOPE`"),
        (
            "optional[0].competencies[0]",
            "skill `ABCD` is listed twice",
        ),
    ] {
        assert!(
            has_error(&errors, "roles/b.toml", field, problem),
            "{}",
            listing(&errors)
        );
    }
}

#[test]
fn a_malformed_statement_names_its_line_and_what_a_statement_is() {
    let dir = fixture_dir(None);
    std::fs::create_dir_all(dir.join("competencies")).expect("folder");
    std::fs::write(
        dir.join("competencies/GRID.toml"),
        "code = \"GRID\"\nname = \"Grid\"\nsource = \"src\"\ndescription = \"Grid.\"\n\n[[level]]\nlevel = \"L1\"\nstatements = [{ txt = \"One.\" }]\n",
    )
    .expect("write");
    let errors = load(&dir).expect_err("malformed statement");
    let _ = std::fs::remove_dir_all(&dir);
    let e = errors
        .iter()
        .find(|e| e.file.ends_with("competencies/GRID.toml"))
        .unwrap_or_else(|| panic!("{errors:?}"));
    assert_eq!(e.at.map(|(line, _)| line), Some(8), "{e}");
    assert_eq!(e.field, "level.statements");
    assert!(
        e.problem
            .starts_with("not a statement: write a string, or a table with `text`"),
        "{e}"
    );
    assert!(
        !e.problem.contains("RawStatement") && !e.problem.contains("untagged"),
        "{e}"
    );
}
