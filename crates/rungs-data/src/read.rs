//! Files -> raw structs. Every file under the data folder is either read or reported.

use crate::problem::{line_column, DataError};
use crate::raw::*;
use crate::validate::{validate, warnings};
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// Reads and validates the data folder. Returns every problem found, not just the first.
pub fn load(dir: &Path) -> Result<LoadedData, Vec<DataError>> {
    let mut errors = vec![];
    let framework_file = dir.join("framework.toml");
    let framework: Option<RawFramework> = read_toml(&framework_file, &mut errors);
    let sources = read_folder::<RawSource>(&dir.join("sources"), &mut errors);
    // Competencies may live in `competencies/` or (SFIA style) `skills/`: one list.
    let mut skills = vec![];
    // A framework of role definitions only needs neither; a misnamed folder is reported below.
    for folder in ["competencies", "skills"] {
        if dir.join(folder).is_dir() {
            skills.extend(read_folder::<RawSkill>(&dir.join(folder), &mut errors));
        }
    }
    let roles = read_folder::<RawRole>(&dir.join("roles"), &mut errors);
    if roles.is_empty() && dir.join("roles").is_dir() {
        errors.push(DataError::new(
            display(&dir.join("roles")),
            "(folder)",
            "has no roles: add one .toml file per role",
        ));
    }
    unread_files(dir, dir, &mut errors);
    let Some(framework) = framework else {
        return Err(errors);
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut data = LoadedData {
        framework,
        sources,
        skills,
        roles,
        warnings: vec![],
        ids: Default::default(),
    };
    // Validate in file order, so "first defined in" names the earlier file.
    validate(&data, &display(&framework_file), &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    data.warnings = warnings(&data);
    data.reindex_roles();
    Ok(data)
}

fn display(path: &Path) -> String {
    path.display().to_string()
}

fn read_toml<T: for<'de> Deserialize<'de>>(file: &Path, errors: &mut Vec<DataError>) -> Option<T> {
    let text = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(e) => {
            errors.push(DataError::new(
                display(file),
                "(file)",
                format!("cannot read: {e}"),
            ));
            return None;
        }
    };
    match toml::from_str(&text) {
        Ok(value) => Some(value),
        Err(e) => {
            let at = e.span().map(|span| line_column(&text, span.start));
            errors.push(DataError {
                at,
                ..DataError::new(display(file), error_field(&e, &text), e.message().trim())
            });
            None
        }
    }
}

/// The field a TOML error is about: the name between backticks in messages such as "missing
/// field `name`", else the key on the line where the parser stopped, under its table header
/// (`metric_group.metric.text`), else "(syntax)".
fn error_field(e: &toml::de::Error, text: &str) -> String {
    let message = e.message();
    let quoted = message.find('`').and_then(|start| {
        message[start + 1..]
            .find('`')
            .map(|len| &message[start + 1..start + 1 + len])
    });
    if let Some(name) = quoted.filter(|_| message.contains("field")) {
        return name.to_string();
    }
    let Some(span) = e.span() else {
        return "(syntax)".into();
    };
    let before = &text[..text.floor_char_boundary(span.start.min(text.len()))];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = text[line_start..].lines().next().unwrap_or_default();
    let key = line
        .split_once('=')
        .map(|(k, _)| k.trim())
        .filter(|k| !k.is_empty() && !k.starts_with('['));
    let table = before[..line_start]
        .lines()
        .rev()
        .map(str::trim)
        .find(|l| l.starts_with('['))
        .map(|h| h.trim_matches(|c| c == '[' || c == ']').trim());
    match (table, key) {
        (Some(t), Some(k)) => format!("{t}.{k}"),
        (None, Some(k)) => k.to_string(),
        _ => "(syntax)".into(),
    }
}

fn read_folder<T: for<'de> Deserialize<'de>>(
    dir: &Path,
    errors: &mut Vec<DataError>,
) -> Vec<Sourced<T>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            errors.push(DataError::new(
                display(dir),
                "(folder)",
                format!("cannot read folder: {e}"),
            ));
            return vec![];
        }
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    files
        .into_iter()
        .filter_map(|file| {
            read_toml(&file, errors).map(|item| Sourced {
                file: display(&file),
                item,
            })
        })
        .collect()
}

/// Where Rungs reads files: `framework.toml`, and `.toml` files directly inside these folders.
const FOLDERS: [&str; 4] = ["sources", "competencies", "skills", "roles"];

/// Reports every file under `dir` that Rungs would not read, so nothing is skipped without a
/// word (hidden files such as `.gitkeep` excepted).
fn unread_files(root: &Path, dir: &Path, errors: &mut Vec<DataError>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        if name.starts_with('.') {
            continue;
        }
        let rel = path.strip_prefix(root).unwrap_or(&path);
        let depth = rel.components().count();
        let in_folder = rel
            .components()
            .next()
            .is_some_and(|c| FOLDERS.iter().any(|f| c.as_os_str() == *f));
        if path.is_dir() {
            if depth == 1 && in_folder {
                unread_files(root, &path, errors);
            } else {
                errors.push(DataError::new(
                    display(&path),
                    "(folder)",
                    "is not read: files in sub-folders are skipped; move them up into sources/, competencies/, skills/ or roles/",
                ));
            }
            continue;
        }
        let toml = path.extension().is_some_and(|e| e == "toml");
        let read = (depth == 1 && name == "framework.toml") || (depth == 2 && in_folder && toml);
        if !read {
            let why = if toml {
                "is not read: Rungs reads framework.toml and the .toml files in sources/, competencies/, skills/ and roles/"
            } else {
                "is not read: data files are TOML (.toml), in sources/, competencies/, skills/ or roles/"
            };
            errors.push(DataError::new(display(&path), "(file)", why));
        }
    }
}
