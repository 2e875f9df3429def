//! Statement rows -> the framework they describe (levels, paths, competencies with their cells,
//! roles) -> the files of a data folder. Conflicts between rows (two ranks for one level, two
//! descriptions for one competency, a next role that does not exist) are errors with the row.

use crate::import::{framework_file, source_file, strings, Options};
use crate::toml_out::{array, key_value, string};
use std::collections::HashMap;

type Cells = HashMap<&'static str, String>;

/// Lowercase letters, digits and hyphens: an id for URLs.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// A level id as written when it reads like one (`L5`, `IC3`, `1.2`), else its slug.
fn level_id(raw: &str) -> String {
    let ok = raw
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    if ok && !raw.is_empty() {
        raw.to_string()
    } else {
        slug(raw)
    }
}

/// A short competency code: the initials of a name of several words, else its first letters.
fn code_for(name: &str, taken: &[String]) -> String {
    let words: Vec<String> = name
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_uppercase)
        .collect();
    let base: String = match words.len() {
        0 => "C".into(),
        1 => words[0].chars().take(4).collect(),
        _ => words
            .iter()
            .take(4)
            .filter_map(|w| w.chars().next())
            .collect(),
    };
    let mut code = base.clone();
    let mut n = 2;
    while taken.contains(&code) {
        code = format!("{base}{n}");
        n += 1;
    }
    code
}

/// Keeps the first non-empty value of a column for a thing; a different later one is an error.
fn agree(
    slot: &mut Option<(String, usize)>,
    value: &str,
    line: usize,
    what: &str,
    errors: &mut Vec<String>,
    file: &str,
) {
    if value.is_empty() {
        return;
    }
    match slot {
        None => *slot = Some((value.to_string(), line)),
        Some((first, at)) if first != value => errors.push(format!(
            "{file}:{line}: {what}: `{value}` differs from `{first}` on line {at}"
        )),
        Some(_) => {}
    }
}

#[derive(Default)]
struct Level {
    id: String,
    name: Option<(String, usize)>,
    rank: Option<(String, usize)>,
    raw: String,
}

/// A value with the line it was first given on, for "differs from … on line N".
type Noted = Option<(String, usize)>;
/// A statement's text, id and examples.
type Statement = (String, String, Vec<String>);

#[derive(Default)]
struct Competency {
    name: String,
    code: String,
    description: Option<(String, usize)>,
    category: Option<(String, usize)>,
    /// (level id, path id) -> proficiency and statements (text, id, examples), in row order.
    cells: Vec<((String, String), Noted, Vec<Statement>)>,
}

struct Role {
    id: String,
    title: String,
    level: String,
    path: String,
    summary: Option<(String, usize)>,
    next: Vec<(String, usize)>,
    competencies: Vec<String>,
}

/// Builds the files of the data folder from statement rows.
pub fn build(
    records: &[(usize, Cells)],
    opts: &Options,
) -> Result<Vec<(String, String)>, Vec<String>> {
    let file = opts.file.as_str();
    let mut errors = vec![];
    let mut levels: Vec<Level> = vec![];
    let mut paths: Vec<(String, String)> = vec![];
    let mut comps: Vec<Competency> = vec![];
    let mut roles: Vec<Role> = vec![];
    for (line, r) in records {
        let line = *line;
        let get = |c: &str| r.get(c).map_or("", |v| v.trim());
        // Level
        let raw = get("level");
        let li = match levels.iter().position(|l| l.raw == raw) {
            Some(i) => i,
            None => {
                levels.push(Level {
                    id: level_id(raw),
                    raw: raw.into(),
                    ..Level::default()
                });
                levels.len() - 1
            }
        };
        agree(
            &mut levels[li].name,
            get("level_name"),
            line,
            "column \"level_name\"",
            &mut errors,
            file,
        );
        let rank = get("level_rank");
        if !rank.is_empty() && rank.parse::<u32>().is_err() {
            errors.push(format!(
                "{file}:{line}: column \"level_rank\": `{rank}` is not a whole number"
            ));
        }
        agree(
            &mut levels[li].rank,
            rank,
            line,
            "column \"level_rank\"",
            &mut errors,
            file,
        );
        let level = levels[li].id.clone();
        let level_name = levels[li]
            .name
            .as_ref()
            .map_or(raw.to_string(), |(n, _)| n.clone());
        // Path
        let path_name = get("path");
        let path = slug(path_name);
        match paths.iter().find(|(id, _)| *id == path) {
            Some((_, name)) if name != path_name => errors.push(format!(
                "{file}:{line}: column \"path\": `{path_name}` and `{name}` make the same path id `{path}`"
            )),
            Some(_) => {}
            None => paths.push((path.clone(), path_name.to_string())),
        }
        // Competency and its cell
        let name = get("competency");
        let ci = match comps.iter().position(|c| c.name == name) {
            Some(i) => i,
            None => {
                let taken: Vec<String> = comps.iter().map(|c| c.code.clone()).collect();
                comps.push(Competency {
                    name: name.into(),
                    code: code_for(name, &taken),
                    ..Competency::default()
                });
                comps.len() - 1
            }
        };
        let comp = &mut comps[ci];
        agree(
            &mut comp.description,
            get("competency_description"),
            line,
            "column \"competency_description\"",
            &mut errors,
            file,
        );
        agree(
            &mut comp.category,
            get("category"),
            line,
            "column \"category\"",
            &mut errors,
            file,
        );
        let key = (level.clone(), path.clone());
        let cell = match comp.cells.iter().position(|(k, _, _)| *k == key) {
            Some(i) => i,
            None => {
                comp.cells.push((key, None, vec![]));
                comp.cells.len() - 1
            }
        };
        let (_, proficiency, statements) = &mut comp.cells[cell];
        agree(
            proficiency,
            get("proficiency"),
            line,
            "column \"proficiency\"",
            &mut errors,
            file,
        );
        let text = get("statement");
        if !statements.iter().any(|(t, _, _)| t == text) {
            let examples = get("examples")
                .lines()
                .map(str::trim)
                .filter(|e| !e.is_empty());
            statements.push((
                text.into(),
                get("statement_id").into(),
                examples.map(String::from).collect(),
            ));
        }
        let code = comp.code.clone();
        // Role
        let title = match get("role") {
            "" => format!("{path_name} {level_name}"),
            t => t.to_string(),
        };
        let ri = match roles
            .iter()
            .position(|x| x.title == title && x.level == level && x.path == path)
        {
            Some(i) => i,
            None => {
                roles.push(Role {
                    id: String::new(),
                    title,
                    level: level.clone(),
                    path: path.clone(),
                    summary: None,
                    next: vec![],
                    competencies: vec![],
                });
                roles.len() - 1
            }
        };
        let role = &mut roles[ri];
        agree(
            &mut role.summary,
            get("role_summary"),
            line,
            "column \"role_summary\"",
            &mut errors,
            file,
        );
        for next in get("next_role")
            .lines()
            .map(str::trim)
            .filter(|n| !n.is_empty())
        {
            if !role.next.iter().any(|(n, _)| n == next) {
                role.next.push((next.to_string(), line));
            }
        }
        if !role.competencies.contains(&code) {
            role.competencies.push(code);
        }
    }
    // Ranks: all given, or none (then the order of first appearance).
    let given = levels.iter().filter(|l| l.rank.is_some()).count();
    if given > 0 && given < levels.len() {
        let missing: Vec<&str> = levels
            .iter()
            .filter(|l| l.rank.is_none())
            .map(|l| l.raw.as_str())
            .collect();
        errors.push(format!(
            "{file}: column \"level_rank\" is given for some levels but not for {}",
            missing.join(", ")
        ));
    }
    let mut ranked: Vec<(u32, &Level)> = levels
        .iter()
        .enumerate()
        .map(|(i, l)| {
            (
                l.rank
                    .as_ref()
                    .and_then(|(r, _)| r.parse().ok())
                    .unwrap_or(i as u32 + 1),
                l,
            )
        })
        .collect();
    ranked.sort_by_key(|(r, _)| *r);
    for pair in ranked.windows(2) {
        if pair[0].0 == pair[1].0 {
            errors.push(format!(
                "{file}: levels `{}` and `{}` have the same rank {}",
                pair[0].1.raw, pair[1].1.raw, pair[0].0
            ));
        }
    }
    // Role ids, then next and previous roles.
    let mut ids: Vec<String> = vec![];
    for role in roles.iter_mut() {
        let base = match slug(&role.title) {
            s if s.is_empty() => "role".to_string(),
            s => s,
        };
        let mut id = base.clone();
        let mut n = 2;
        while ids.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        ids.push(id.clone());
        role.id = id;
    }
    let rank_of = |level: &str| ranked.iter().find(|(_, l)| l.id == level).map(|(r, _)| *r);
    let mut next_ids: Vec<Vec<String>> = vec![];
    for role in &roles {
        let mut next = vec![];
        if role.next.is_empty() {
            // By default the roles on the same path at the next level up.
            let mine = rank_of(&role.level);
            let above = roles
                .iter()
                .filter(|o| o.path == role.path)
                .filter_map(|o| rank_of(&o.level).filter(|r| Some(*r) > mine));
            if let Some(lowest) = above.min() {
                let at = roles
                    .iter()
                    .filter(|o| o.path == role.path && rank_of(&o.level) == Some(lowest));
                next.extend(at.map(|o| o.id.clone()));
            }
        }
        for (title, line) in &role.next {
            match roles.iter().find(|o| o.title.eq_ignore_ascii_case(title)) {
                Some(o) => next.push(o.id.clone()),
                None => errors.push(format!(
                    "{file}:{line}: column \"next_role\": no role is called `{title}`"
                )),
            }
        }
        next_ids.push(next);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut files = vec![];
    let level_list: Vec<(String, u32, String)> = ranked
        .iter()
        .map(|(r, l)| {
            (
                l.id.clone(),
                *r,
                l.name.as_ref().map_or(l.raw.clone(), |(n, _)| n.clone()),
            )
        })
        .collect();
    files.push((
        "framework.toml".to_string(),
        framework_file(&opts.name, &level_list, &paths),
    ));
    files.push(("sources/imported.toml".to_string(), source_file(file)));
    for c in &comps {
        files.push((format!("competencies/{}.toml", c.code), competency_file(c)));
    }
    for (i, role) in roles.iter().enumerate() {
        let previous: Vec<&str> = (0..roles.len())
            .filter(|&j| next_ids[j].contains(&role.id))
            .map(|j| roles[j].id.as_str())
            .collect();
        let previous = (previous.len() == 1).then(|| previous[0]);
        files.push((
            format!("roles/{}.toml", role.id),
            role_file(role, &next_ids[i], previous),
        ));
    }
    Ok(files)
}

fn competency_file(c: &Competency) -> String {
    let description = c
        .description
        .as_ref()
        .map_or(c.name.clone(), |(d, _)| d.clone());
    let mut out = [
        key_value("code", &string(&c.code)),
        key_value("name", &string(&c.name)),
        key_value("source", &string("imported")),
    ]
    .join("\n");
    if let Some((category, _)) = &c.category {
        out.push_str(&format!("\n{}", key_value("category", &string(category))));
    }
    out.push_str(&format!(
        "\n{}\n",
        key_value("description", &string(&description))
    ));
    for ((level, path), proficiency, statements) in &c.cells {
        out.push_str(&format!(
            "\n[[level]]\n{}\n{}\n",
            key_value("level", &string(level)),
            key_value("path", &string(path))
        ));
        if let Some((p, _)) = proficiency {
            out.push_str(&format!("{}\n", key_value("proficiency", &string(p))));
        }
        // A plain string is assessed sentence by sentence, as in hand-written data; a statement
        // with an id or examples is a table and assessed as one.
        let items: Vec<String> = statements
            .iter()
            .map(|(text, id, examples)| {
                if id.is_empty() && examples.is_empty() {
                    return string(text);
                }
                let mut parts = vec![key_value("text", &string(text))];
                if !id.is_empty() {
                    parts.push(key_value("id", &string(id)));
                }
                if !examples.is_empty() {
                    parts.push(key_value("examples", &strings(examples)));
                }
                format!("{{ {} }}", parts.join(", "))
            })
            .collect();
        out.push_str(&format!("{}\n", key_value("statements", &array(&items))));
    }
    out
}

fn role_file(role: &Role, next: &[String], previous: Option<&str>) -> String {
    let mut lines = vec![
        key_value("id", &string(&role.id)),
        key_value("title", &string(&role.title)),
        key_value("level", &string(&role.level)),
        key_value("path", &string(&role.path)),
        key_value("source", &string("imported")),
    ];
    if let Some((summary, _)) = &role.summary {
        lines.push(key_value(
            "overview",
            &strings(std::slice::from_ref(summary)),
        ));
    }
    lines.push(key_value("competencies", &strings(&role.competencies)));
    if let Some(p) = previous {
        lines.push(key_value("previous", &string(p)));
    }
    if !next.is_empty() {
        lines.push(key_value("next", &strings(next)));
    }
    lines.join("\n") + "\n"
}
