//! Raw data -> problems: every rule the app relies on (ids, references, levels, text, links).
//! The framework and sources here; competencies and roles in their own modules.

mod competency;
mod role;

use crate::problem::{unknown_id, DataError};
use crate::raw::*;
use std::collections::{HashMap, HashSet};

/// Collects problems for one file.
struct Checker<'a> {
    file: &'a str,
    errors: &'a mut Vec<DataError>,
}

impl Checker<'_> {
    fn fail(&mut self, field: impl Into<String>, problem: impl Into<String>) {
        self.errors.push(DataError::new(self.file, field, problem));
    }

    /// Text must say something: no empty or blank strings anywhere.
    fn text(&mut self, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.fail(field, "is empty; write the text or remove the field");
        }
    }

    /// Links in the data open from the page: only http(s), so no `javascript:` or `data:` URL
    /// can ever run there.
    fn link(&mut self, field: &str, value: &str) {
        let lower = value.to_ascii_lowercase();
        let web = lower.starts_with("https://") || lower.starts_with("http://");
        if !web
            || value.len() <= "https://".len()
            || value.chars().any(|c| c.is_whitespace() || c.is_control())
        {
            self.fail(
                field,
                format!("`{value}` must be a web address starting with https:// (or http://)"),
            );
        }
    }

    fn texts(&mut self, field: &str, values: &[String]) {
        for (i, value) in values.iter().enumerate() {
            self.text(&format!("{field}[{i}]"), value);
        }
    }

    fn named(&mut self, field: &str, values: &[RawNamed]) {
        for (i, v) in values.iter().enumerate() {
            self.text(&format!("{field}[{i}].name"), &v.name);
            self.text(&format!("{field}[{i}].text"), &v.text);
        }
    }

    /// Ids appear in URLs: lowercase letters, digits and hyphens only.
    fn slug(&mut self, field: &str, value: &str) {
        let ok = !value.is_empty()
            && value
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !ok {
            self.fail(
                field,
                format!("`{value}` must be lowercase letters, digits and hyphens"),
            );
        }
    }

    fn resolves(&mut self, field: &str, kind: &str, value: &str, found: bool, known: &[&str]) {
        if !found {
            self.fail(field, unknown_id(kind, value, known));
        }
    }
}

fn duplicates<'a>(
    items: impl Iterator<Item = (&'a str, &'a str)>,
    field: &str,
    kind: &str,
    errors: &mut Vec<DataError>,
) {
    let mut seen: HashMap<&str, &str> = HashMap::new();
    for (file, id) in items {
        if let Some(first) = seen.get(id) {
            errors.push(DataError::new(
                file,
                field,
                format!("duplicate {kind} `{id}` (first defined in {first})"),
            ));
        } else {
            seen.insert(id, file);
        }
    }
}

pub fn validate(data: &LoadedData, fw_file: &str, errors: &mut Vec<DataError>) {
    let fw = &data.framework;
    let level_ids: Vec<&str> = fw.levels.iter().map(|l| l.id.as_str()).collect();
    let path_ids: Vec<&str> = fw.paths.iter().map(|p| p.id.as_str()).collect();
    let source_ids: Vec<&str> = data.sources.iter().map(|s| s.item.id.as_str()).collect();

    duplicates(
        level_ids.iter().map(|id| (fw_file, *id)),
        "level.id",
        "level",
        errors,
    );
    duplicates(
        path_ids.iter().map(|id| (fw_file, *id)),
        "path.id",
        "path",
        errors,
    );
    duplicates(
        data.sources
            .iter()
            .map(|s| (s.file.as_str(), s.item.id.as_str())),
        "id",
        "source",
        errors,
    );
    duplicates(
        data.skills
            .iter()
            .map(|s| (s.file.as_str(), s.item.code.as_str())),
        "code",
        "skill",
        errors,
    );
    duplicates(
        data.roles
            .iter()
            .map(|r| (r.file.as_str(), r.item.id.as_str())),
        "id",
        "role",
        errors,
    );

    let mut c = Checker {
        file: fw_file,
        errors,
    };
    c.text("name", &fw.name);
    if fw.levels.is_empty() {
        c.fail("level", "the framework defines no levels");
    }
    if fw.paths.is_empty() {
        c.fail("path", "the framework defines no career paths");
    }
    for (i, level) in fw.levels.iter().enumerate() {
        // Level ids may read like `IC3` or `1.2`.
        c.slug(
            &format!("level[{i}].id"),
            &level.id.to_lowercase().replace('.', "-"),
        );
        c.text(&format!("level[{i}].name"), &level.name);
        if i > 0 && level.rank <= fw.levels[i - 1].rank {
            c.fail(
                format!("level[{i}].rank"),
                format!(
                    "levels must be listed in ascending rank: `{}` has rank {} after `{}` with rank {}",
                    level.id,
                    level.rank,
                    fw.levels[i - 1].id,
                    fw.levels[i - 1].rank
                ),
            );
        }
    }
    for (i, path) in fw.paths.iter().enumerate() {
        c.slug(&format!("path[{i}].id"), &path.id);
        c.text(&format!("path[{i}].name"), &path.name);
    }
    let mut guide_ids = HashSet::new();
    for (i, g) in fw.guides.iter().enumerate() {
        c.slug(&format!("guide[{i}].id"), &g.id);
        if !guide_ids.insert(g.id.as_str()) {
            c.fail(
                format!("guide[{i}].id"),
                format!("duplicate guide `{}`", g.id),
            );
        }
        c.text(&format!("guide[{i}].title"), &g.title);
        c.text(&format!("guide[{i}].body"), &g.body);
    }

    for source in &data.sources {
        let s = &source.item;
        let mut c = Checker {
            file: &source.file,
            errors,
        };
        c.slug("id", &s.id);
        c.text("name", &s.name);
        c.text("origin", &s.origin);
        c.text("terms", &s.terms);
        if let Some(url) = &s.url {
            c.link("url", url);
        }
        if let Some(intro) = &s.skills_intro {
            c.text("skills_intro", intro);
        }
        if let Some(p) = &s.principles {
            c.text("principles.intro", &p.intro);
            c.named("principles.item", &p.items);
        }
        for (i, d) in s.dimensions.iter().enumerate() {
            c.text(&format!("dimension[{i}].name"), &d.name);
            c.texts(&format!("dimension[{i}].paragraphs"), &d.paragraphs);
            c.texts(&format!("dimension[{i}].excellence"), &d.excellence);
        }
    }

    for skill in &data.skills {
        let mut c = Checker {
            file: &skill.file,
            errors,
        };
        competency::check(&mut c, &skill.item, &level_ids, &path_ids, &source_ids);
    }

    let known = Known {
        levels: level_ids.clone(),
        paths: path_ids.clone(),
        sources: source_ids.clone(),
        skills: data.skills.iter().map(|s| s.item.code.as_str()).collect(),
        roles: data.roles.iter().map(|r| r.item.id.as_str()).collect(),
    };
    for role in &data.roles {
        role::check(data, &known, &role.file, &role.item, errors);
    }
}

/// The ids of each kind, listed once per load for "known: …" messages.
struct Known<'a> {
    levels: Vec<&'a str>,
    paths: Vec<&'a str>,
    sources: Vec<&'a str>,
    skills: Vec<&'a str>,
    roles: Vec<&'a str>,
}

/// Things that are valid but help nobody: a role with nothing to assess, a skill no role
/// requires, a level no role has. Linear in the size of the data.
pub fn warnings(data: &LoadedData) -> Vec<DataError> {
    let mut out = vec![];
    let mut used_skills = HashSet::new();
    let mut used_levels = HashSet::new();
    for role in &data.roles {
        let r = &role.item;
        used_skills.extend(r.skills.iter().map(String::as_str));
        let optional = r.optional.iter().flat_map(|g| &g.competencies);
        used_skills.extend(optional.map(String::as_str));
        if let Some(level) = &r.level {
            used_levels.insert(level.as_str());
        }
        let assessable = !r.skills.is_empty()
            || !r.optional.is_empty()
            || r.matrix.iter().any(|m| !m.attributes.is_empty())
            || r.responsibilities.iter().any(|g| !g.items.is_empty())
            || r.metrics.iter().any(|g| !g.metrics.is_empty());
        if !assessable {
            out.push(DataError::new(
                role.file.as_str(),
                "(role)",
                "has nothing to assess: no skills, matrix attributes, responsibilities or metrics",
            ));
        }
    }
    for skill in &data.skills {
        if !used_skills.contains(skill.item.code.as_str()) {
            out.push(DataError::new(
                skill.file.as_str(),
                "code",
                format!("skill `{}` is required by no role", skill.item.code),
            ));
        }
    }
    for (i, level) in data.framework.levels.iter().enumerate() {
        if !used_levels.contains(level.id.as_str()) {
            out.push(DataError::new(
                "framework.toml",
                format!("level[{i}]"),
                format!("no role has level `{}`", level.id),
            ));
        }
    }
    out
}
