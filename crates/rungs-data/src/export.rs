//! A data folder -> the long spreadsheet layout (one row per statement), which `import` reads
//! back. Only what the layout can hold travels: competencies with their cells, roles with their
//! level, path, summary and next roles. Everything else is named in the warnings.

use crate::csv::write;
use crate::import::COLUMNS;
use crate::raw::{LoadedData, RawStatement};

/// The CSV text and what it could not hold.
pub fn export(data: &LoadedData) -> (String, Vec<String>) {
    let fw = &data.framework;
    let mut rows = vec![];
    let mut warnings = vec![];
    // Only roles with statements make rows; a next role without any cannot be named.
    let has_rows = |role: &crate::raw::RawRole| {
        role.skills.iter().any(|code| {
            let skill = data.skill_index(code).map(|i| &data.skills[i].item);
            skill.is_some_and(|s| {
                s.attainment
                    .iter()
                    .any(|a| Some(&a.level) == role.level.as_ref())
            })
        })
    };
    for role in data.roles.iter().map(|r| &r.item) {
        let (Some(level_id), Some(path_id)) = (&role.level, &role.path) else {
            continue;
        };
        let level = data.level_index(level_id).map(|i| &fw.levels[i]);
        let path = data.path_index(path_id).map(|i| &fw.paths[i]);
        let (Some(level), Some(path)) = (level, path) else {
            continue;
        };
        let next: Vec<&str> = role
            .next
            .iter()
            .filter_map(|id| data.role_index(id).map(|i| &data.roles[i].item))
            .filter(|r| has_rows(r))
            .map(|r| r.title.as_str())
            .collect();
        if next.len() < role.next.len() {
            warnings.push(format!(
                "role `{}`: a next role without competencies is left out",
                role.id
            ));
        }
        let summary = role.overview.join("\n\n");
        let left_out = [
            (!role.characteristics.is_empty(), "characteristics"),
            (!role.responsibilities.is_empty(), "responsibilities"),
            (!role.metrics.is_empty(), "metrics"),
            (!role.matrix.is_empty(), "a competency matrix"),
            (!role.challenges.is_empty(), "challenges"),
            (!role.optional.is_empty(), "optional groups"),
            (!role.notes.is_empty(), "notes"),
        ];
        let left_out: Vec<&str> = left_out
            .iter()
            .filter(|(has, _)| *has)
            .map(|(_, what)| *what)
            .collect();
        if !left_out.is_empty() {
            warnings.push(format!(
                "role `{}`: {} stay in TOML; the spreadsheet layout holds competencies only",
                role.id,
                left_out.join(", ")
            ));
        }
        for code in &role.skills {
            let Some(skill) = data.skill_index(code).map(|i| &data.skills[i].item) else {
                continue;
            };
            let cell = |p: Option<&String>| {
                skill
                    .attainment
                    .iter()
                    .find(|a| &a.level == level_id && a.path.as_ref() == p)
            };
            let Some(cell) = cell(Some(path_id)).or_else(|| cell(None)) else {
                continue;
            };
            for st in &cell.statements {
                let (id, examples) = match st {
                    RawStatement::Text(_) => (String::new(), String::new()),
                    RawStatement::Full(t) => {
                        (t.id.clone().unwrap_or_default(), t.examples.join("\n"))
                    }
                };
                rows.push(vec![
                    path.name.clone(),
                    level.id.clone(),
                    skill.name.clone(),
                    st.text().to_string(),
                    role.title.clone(),
                    level.name.clone(),
                    level.rank.to_string(),
                    skill.description.clone(),
                    skill.category.clone().unwrap_or_default(),
                    examples,
                    cell.proficiency.clone().unwrap_or_default(),
                    id,
                    summary.clone(),
                    next.join("\n"),
                ]);
            }
        }
    }
    // Spreadsheet cells read back trimmed: write them so.
    for row in rows.iter_mut() {
        for cell in row.iter_mut() {
            *cell = cell.trim().to_string();
        }
    }
    (write(&COLUMNS, &rows), warnings)
}
