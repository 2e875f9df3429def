//! The `rungs-data import` command as `make import` runs it: nothing written on any problem,
//! an existing folder only overwritten with --force, and files it did not write kept.

use std::path::{Path, PathBuf};
use std::process::Command;

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rungs-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch");
    dir
}

fn import(csv: &Path, data: &Path, extra: &[&str]) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_rungs-data"))
        .arg("import")
        .arg(csv)
        .arg(data)
        .args(extra)
        .output()
        .expect("runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn a_bad_spreadsheet_writes_nothing_and_names_the_row() {
    let dir = scratch("bad");
    let csv = dir.join("bad.csv");
    // Row 3 names a next role below it: only whole-folder validation finds that.
    std::fs::write(&csv, "path,level,competency,statement,level_rank,role,next_role\neng,L1,D,One.,1,Junior,\neng,L2,D,Two.,2,Senior,Junior\neng,,D,Three.,2,Senior,\n").expect("csv");
    let data = dir.join("data");
    let (ok, out) = import(&csv, &data, &[]);
    assert!(!ok);
    assert!(out.contains("bad.csv:4: column \"level\": empty"), "{out}");
    assert!(!data.exists(), "nothing written");
    std::fs::write(&csv, "path,level,competency,statement,level_rank,role,next_role\neng,L1,D,One.,1,Junior,\neng,L2,D,Two.,2,Senior,Junior\n").expect("csv");
    let (ok, out) = import(&csv, &data, &[]);
    assert!(!ok, "a next role at a lower level fails validation");
    assert!(
        out.contains("must be at a higher level") && out.contains("nothing written"),
        "{out}"
    );
    assert!(!data.exists(), "nothing written");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_existing_folder_needs_force_and_keeps_other_files() {
    let dir = scratch("force");
    let csv = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../templates/framework.csv");
    let data = dir.join("data");
    std::fs::create_dir_all(data.join("roles")).expect("data");
    std::fs::write(data.join("notes.txt"), "mine").expect("own file");
    let (ok, out) = import(&csv, &data, &[]);
    assert!(!ok && out.contains("FORCE=1"), "{out}");
    assert!(!data.join("framework.toml").exists());
    let (_, out) = import(&csv, &data, &["--force"]);
    assert!(out.contains("wrote 6 files"), "{out}");
    assert_eq!(
        std::fs::read_to_string(data.join("notes.txt")).expect("kept"),
        "mine"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
