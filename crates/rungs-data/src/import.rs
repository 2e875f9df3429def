//! A spreadsheet (CSV) -> the files of a data folder. The long layout has one row per statement
//! (`path`, `level`, `competency`, `statement`, and optional columns); the wide layout has one row
//! per competency and one column per level, statements separated by line breaks. Every problem
//! is collected with its row and column; files are produced only when there is none.

use crate::csv::{normalize_header, parse, Row};
use crate::toml_out::{array, key_value, string};
use std::collections::HashMap;

/// The columns of the long layout; the first four are required.
pub const COLUMNS: [&str; 14] = [
    "path",
    "level",
    "competency",
    "statement",
    "role",
    "level_name",
    "level_rank",
    "competency_description",
    "category",
    "examples",
    "proficiency",
    "statement_id",
    "role_summary",
    "next_role",
];

/// How to read the file.
#[derive(Debug, Clone)]
pub struct Options {
    /// The file name, for messages and the source's description.
    pub file: String,
    /// The framework's name (framework.toml).
    pub name: String,
    /// Competencies as rows, levels as columns.
    pub wide: bool,
}

/// What an import produced: files (path inside the data folder, content) and warnings.
#[derive(Debug, Default)]
pub struct Imported {
    pub files: Vec<(String, String)>,
    pub warnings: Vec<String>,
}

/// One statement row of the long layout, cells by column name.
#[derive(Debug, Clone)]
struct Record {
    line: usize,
    cells: HashMap<&'static str, String>,
}

/// Reads `text` and returns the data folder's files, or every problem found.
pub fn import(text: &str, opts: &Options) -> Result<Imported, Vec<String>> {
    let file = &opts.file;
    let table = parse(text).map_err(|e| vec![format!("{file}:{}: {}", e.line, e.problem)])?;
    let mut warnings = vec![];
    let records = if opts.wide {
        wide_records(&table.header, &table.rows, file)?
    } else {
        long_records(&table.header, &table.rows, file, &mut warnings)?
    };
    let mut files = crate::import_model::build(&records_view(&records), opts)?;
    files.sort();
    Ok(Imported { files, warnings })
}

/// `value` when no problem was found, else every problem.
fn unless_errors<T>(value: T, errors: Vec<String>) -> Result<T, Vec<String>> {
    if errors.is_empty() {
        Ok(value)
    } else {
        Err(errors)
    }
}

/// The records as plain (line, column -> text) maps for the model builder.
fn records_view(records: &[Record]) -> Vec<(usize, HashMap<&'static str, String>)> {
    records.iter().map(|r| (r.line, r.cells.clone())).collect()
}

/// Maps header cells to known columns; unknown ones are warned about and ignored.
fn long_records(
    header: &[String],
    rows: &[Row],
    file: &str,
    warnings: &mut Vec<String>,
) -> Result<Vec<Record>, Vec<String>> {
    let mut columns: Vec<Option<&'static str>> = vec![];
    let mut errors = vec![];
    for name in header {
        let known = COLUMNS
            .iter()
            .find(|c| normalize_header(c) == normalize_header(name));
        if known.is_none() {
            warnings.push(format!(
                "{file}:1: column \"{name}\" is not one Rungs reads; ignored"
            ));
        }
        if let Some(c) = known.filter(|c| columns.contains(&Some(**c))) {
            errors.push(format!("{file}:1: column \"{c}\" appears twice"));
        }
        columns.push(known.copied());
    }
    for required in &COLUMNS[..4] {
        if !columns.contains(&Some(*required)) {
            errors.push(format!(
                "{file}:1: column \"{required}\" is missing (required: path, level, competency, statement)"
            ));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut records = vec![];
    for row in rows {
        let mut cells = HashMap::new();
        for (i, value) in row.cells.iter().enumerate() {
            match columns.get(i).copied().flatten() {
                Some(column) => {
                    cells.insert(column, value.clone());
                }
                None if !value.is_empty() && i >= columns.len() => errors.push(format!(
                    "{file}:{}: cell {} has no column header",
                    row.line,
                    i + 1
                )),
                None => {}
            }
        }
        for required in &COLUMNS[..4] {
            if cells.get(required).is_none_or(|v| v.is_empty()) {
                errors.push(format!("{file}:{}: column \"{required}\": empty", row.line));
            }
        }
        records.push(Record {
            line: row.line,
            cells,
        });
    }
    unless_errors(records, errors)
}

/// The wide layout: `competency`, optional `category`, `competency_description` and `path`
/// columns, then one column per level (its header is the level); each line of a cell is a
/// statement.
fn wide_records(header: &[String], rows: &[Row], file: &str) -> Result<Vec<Record>, Vec<String>> {
    let fixed = ["competency", "category", "competency_description", "path"];
    let role_of = |i: usize| {
        fixed
            .iter()
            .find(|c| normalize_header(c) == normalize_header(&header[i]))
            .copied()
    };
    if !(0..header.len()).any(|i| role_of(i) == Some("competency")) {
        return Err(vec![format!("{file}:1: column \"competency\" is missing")]);
    }
    let levels: Vec<usize> = (0..header.len())
        .filter(|&i| role_of(i).is_none())
        .collect();
    if levels.is_empty() {
        return Err(vec![format!(
            "{file}:1: no level columns: after competency (and category, description, path), each column is a level"
        )]);
    }
    let mut records = vec![];
    let mut errors = vec![];
    for row in rows {
        let cell = |i: usize| row.cells.get(i).map_or("", String::as_str);
        let mut base: HashMap<&'static str, String> = HashMap::new();
        for i in 0..header.len() {
            if let Some(column) = role_of(i) {
                base.insert(column, cell(i).to_string());
            }
        }
        if base.get("competency").is_none_or(|c| c.is_empty()) {
            errors.push(format!("{file}:{}: column \"competency\": empty", row.line));
            continue;
        }
        if base.get("path").is_none_or(|p| p.is_empty()) {
            base.insert("path", "Engineering".into());
        }
        for &i in &levels {
            for statement in cell(i).lines().map(str::trim).filter(|s| !s.is_empty()) {
                let mut cells = base.clone();
                cells.insert("level", header[i].clone());
                cells.insert("statement", statement.to_string());
                records.push(Record {
                    line: row.line,
                    cells,
                });
            }
        }
    }
    unless_errors(records, errors)
}

/// framework.toml for `name`, levels (id, rank, name) and paths (id, name).
pub(crate) fn framework_file(
    name: &str,
    levels: &[(String, u32, String)],
    paths: &[(String, String)],
) -> String {
    let mut out = format!(
        "# Imported from a spreadsheet by `make import`.\n{}\n",
        key_value("name", &string(name))
    );
    for (id, rank, level_name) in levels {
        out.push_str(&format!(
            "\n[[level]]\n{}\nrank = {rank}\n{}\n",
            key_value("id", &string(id)),
            key_value("name", &string(level_name))
        ));
    }
    for (id, path_name) in paths {
        out.push_str(&format!(
            "\n[[path]]\n{}\n{}\n",
            key_value("id", &string(id)),
            key_value("name", &string(path_name))
        ));
    }
    out
}

/// The one source of an imported framework.
pub(crate) fn source_file(file: &str) -> String {
    [
        key_value("id", &string("imported")),
        key_value("name", &string(file)),
        key_value(
            "origin",
            &string(&format!("Imported from the spreadsheet {file}.")),
        ),
        key_value(
            "terms",
            &string("Set the terms under which this framework may be used and shared."),
        ),
    ]
    .join("\n")
        + "\n"
}

/// A list of strings as TOML.
pub(crate) fn strings(items: &[String]) -> String {
    array(&items.iter().map(|s| string(s)).collect::<Vec<_>>())
}

#[cfg(test)]
mod tests;
