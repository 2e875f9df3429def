//! `rungs-data check [DIR]`: validates a data folder (default `data`) and prints only its
//! problems, one per line, then a count. Exit status 1 on any problem, 2 on bad usage.
//! `rungs-data import CSV DIR [--wide] [--force] [--name NAME]`: a spreadsheet -> a data folder.
//! `rungs-data export DIR CSV`: a data folder -> the long spreadsheet layout.

use rungs_data::import::{import, Options};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: rungs-data check [DATA_DIR]\n       rungs-data import FILE.csv DATA_DIR [--wide] [--force] [--name NAME]\n       rungs-data export DATA_DIR FILE.csv";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("check") if args.len() <= 2 => {
            check(Path::new(args.get(1).map_or("data", String::as_str)))
        }
        Some("import") if args.len() >= 3 => import_command(&args[1..]),
        Some("export") if args.len() == 3 => {
            export_command(Path::new(&args[1]), Path::new(&args[2]))
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn check(dir: &Path) -> ExitCode {
    match rungs_data::load(dir) {
        Ok(data) => {
            for w in &data.warnings {
                println!("warning: {w}");
            }
            println!(
                "{}: valid ({}, {}, {}{})",
                dir.display(),
                count(data.roles.len(), "role"),
                count(data.skills.len(), "competency"),
                count(data.sources.len(), "source"),
                match data.warnings.len() {
                    0 => String::new(),
                    1 => ", 1 warning".to_string(),
                    n => format!(", {n} warnings"),
                }
            );
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for e in &errors {
                println!("{e}");
            }
            println!(
                "{} problem{} in {}",
                errors.len(),
                if errors.len() == 1 { "" } else { "s" },
                dir.display()
            );
            ExitCode::FAILURE
        }
    }
}

/// "1 role", "3 roles", "2 competencies".
fn count(n: usize, what: &str) -> String {
    match (n, what.strip_suffix('y')) {
        (1, _) => format!("1 {what}"),
        (n, Some(stem)) => format!("{n} {stem}ies"),
        (n, None) => format!("{n} {what}s"),
    }
}

/// Imports into a scratch folder first and validates it there, so nothing is written to the
/// data folder unless the whole import is valid; then writes only the files it made.
fn import_command(args: &[String]) -> ExitCode {
    let (csv, dir) = (PathBuf::from(&args[0]), PathBuf::from(&args[1]));
    let flag = |f: &str| args.iter().any(|a| a == f);
    let name = args
        .iter()
        .position(|a| a == "--name")
        .and_then(|i| args.get(i + 1))
        .cloned();
    let file = csv
        .file_name()
        .map_or("framework.csv".into(), |n| n.to_string_lossy().to_string());
    let text = match std::fs::read(&csv) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(_) => {
                println!("{file}: is not UTF-8 text; save the spreadsheet as CSV UTF-8");
                return ExitCode::FAILURE;
            }
        },
        Err(e) => {
            println!("{}: cannot read: {e}", csv.display());
            return ExitCode::FAILURE;
        }
    };
    let opts = Options {
        name: name.unwrap_or_else(|| {
            let stem = csv.file_stem().map_or("Career framework".into(), |s| {
                s.to_string_lossy().to_string()
            });
            stem.replace(['-', '_'], " ")
        }),
        file: file.clone(),
        wide: flag("--wide"),
    };
    let imported = match import(&text, &opts) {
        Ok(imported) => imported,
        Err(problems) => {
            for p in &problems {
                println!("{p}");
            }
            println!(
                "{} problem{} in {file}; nothing written",
                problems.len(),
                if problems.len() == 1 { "" } else { "s" }
            );
            return ExitCode::FAILURE;
        }
    };
    for w in &imported.warnings {
        println!("warning: {w}");
    }
    let has_data = std::fs::read_dir(&dir).is_ok_and(|mut d| d.next().is_some());
    if has_data && !flag("--force") {
        println!("{}: already holds data; import again with FORCE=1 to overwrite the files an import writes (no other file is deleted)", dir.display());
        return ExitCode::FAILURE;
    }
    let scratch = std::env::temp_dir().join(format!("rungs-import-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&scratch);
    let written = write_files(&scratch, &imported.files).and_then(|()| {
        rungs_data::load(&scratch).map(|_| ()).map_err(|errors| {
            errors
                .iter()
                .map(|e| {
                    e.to_string()
                        .replace(&scratch.display().to_string(), &dir.display().to_string())
                })
                .collect::<Vec<_>>()
                .join("\n")
        })
    });
    let _ = std::fs::remove_dir_all(&scratch);
    if let Err(problem) = written.and_then(|()| write_files(&dir, &imported.files)) {
        println!("{problem}\nnothing written to {}", dir.display());
        return ExitCode::FAILURE;
    }
    println!(
        "{}: wrote {} files from {file}",
        dir.display(),
        imported.files.len()
    );
    check(&dir)
}

fn write_files(dir: &Path, files: &[(String, String)]) -> Result<(), String> {
    for (path, text) in files {
        let path = dir.join(path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("{}: cannot create: {e}", parent.display()))?;
        }
        std::fs::write(&path, text)
            .map_err(|e| format!("{}: cannot write: {e}", path.display()))?;
    }
    Ok(())
}

fn export_command(dir: &Path, csv: &Path) -> ExitCode {
    let data = match rungs_data::load(dir) {
        Ok(data) => data,
        Err(errors) => {
            for e in &errors {
                println!("{e}");
            }
            println!("{} is not valid; nothing exported", dir.display());
            return ExitCode::FAILURE;
        }
    };
    let (text, warnings) = rungs_data::export::export(&data);
    for w in &warnings {
        println!("warning: {w}");
    }
    if let Err(e) = std::fs::write(csv, text) {
        println!("{}: cannot write: {e}", csv.display());
        return ExitCode::FAILURE;
    }
    println!(
        "{}: wrote the statements of {}",
        csv.display(),
        dir.display()
    );
    ExitCode::SUCCESS
}
