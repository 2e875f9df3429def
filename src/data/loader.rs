//! Reads `data/` (TOML) and validates it. Used by `build.rs`, which turns the result into
//! static Rust data, and by native tests. Never compiled into the wasm.
//!
//! This file is included by `build.rs` with `#[path]`, so it may only use `std`, `serde`
//! and `toml`, and must not refer to other modules of the crate.

use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

/// One problem with the data: which file, which field, what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    pub field: String,
    pub problem: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: field `{}`: {}", self.file, self.field, self.problem)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFramework {
    pub name: String,
    #[serde(default, rename = "level")]
    pub levels: Vec<RawLevel>,
    #[serde(default, rename = "path")]
    pub paths: Vec<RawPath>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLevel {
    pub id: String,
    pub rank: u32,
    pub name: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPath {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub id: String,
    pub name: String,
    pub origin: String,
    pub terms: String,
    pub url: Option<String>,
    /// Skill descriptions, guidance and attainment from this source are under restrictive
    /// terms; a build may leave them out.
    #[serde(default)]
    pub restricted: bool,
    pub skills_intro: Option<String>,
    pub principles: Option<RawPrinciples>,
    #[serde(default, rename = "dimension")]
    pub dimensions: Vec<RawDimension>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPrinciples {
    pub intro: String,
    #[serde(default, rename = "item")]
    pub items: Vec<RawNamed>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNamed {
    pub name: String,
    pub text: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDimension {
    pub name: String,
    #[serde(default)]
    pub paragraphs: Vec<String>,
    #[serde(default)]
    pub excellence: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSkill {
    pub code: String,
    pub name: String,
    pub source: String,
    pub category: String,
    pub subcategory: String,
    pub url: String,
    pub description: String,
    pub guidance_intro: String,
    #[serde(default)]
    pub guidance: Vec<String>,
    #[serde(default)]
    pub attainment: Vec<RawAttainment>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAttainment {
    pub level: String,
    pub statements: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRole {
    pub id: String,
    pub title: String,
    /// Optional here so that a missing level is reported by validation, naming the field.
    pub level: Option<String>,
    pub path: Option<String>,
    pub source: String,
    pub scope_summary: Option<String>,
    #[serde(default)]
    pub overview: Vec<String>,
    #[serde(default)]
    pub skills: Vec<String>,
    #[serde(default, rename = "characteristic")]
    pub characteristics: Vec<RawNamedLabel>,
    #[serde(default, rename = "responsibility_group")]
    pub responsibilities: Vec<RawGroup>,
    #[serde(default, rename = "metric_group")]
    pub metrics: Vec<RawMetricGroup>,
    #[serde(default, rename = "challenge")]
    pub challenges: Vec<RawChallenge>,
    #[serde(default)]
    pub development: RawDevelopment,
    pub growth: Option<RawGrowth>,
    pub years_at_level: Option<String>,
    #[serde(default)]
    pub matrix: Vec<RawMatrixArea>,
    #[serde(default, rename = "note")]
    pub notes: Vec<RawNote>,
    pub previous: Option<String>,
    pub next: Option<String>,
    #[serde(default)]
    pub related: Vec<RawRelatedGroup>,
}

/// A key characteristic ("Experience: 4-7 years ...").
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNamedLabel {
    pub label: String,
    pub text: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGroup {
    pub name: String,
    pub items: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMetricGroup {
    pub name: String,
    #[serde(rename = "metric")]
    pub metrics: Vec<RawNamed>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChallenge {
    pub name: String,
    pub challenge: String,
    pub approach: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDevelopment {
    #[serde(default)]
    pub must: Vec<String>,
    #[serde(default)]
    pub should: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGrowth {
    pub text: String,
    #[serde(default)]
    pub options: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMatrixArea {
    pub area: String,
    pub grade: String,
    pub summary: String,
    pub attributes: Vec<RawNamed>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNote {
    pub title: String,
    pub text: String,
    pub link: Option<RawLink>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLink {
    pub title: String,
    pub href: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRelatedGroup {
    pub name: String,
    #[serde(rename = "link")]
    pub links: Vec<RawRelatedLink>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRelatedLink {
    pub title: String,
    pub target: String,
}

/// An item read from a file, remembering the file for error messages.
#[derive(Debug)]
pub struct Sourced<T> {
    pub file: String,
    pub item: T,
}

/// Everything in `data/`, parsed and validated. Roles are sorted by level rank, then title, then id.
#[derive(Debug)]
pub struct LoadedData {
    pub framework: RawFramework,
    pub sources: Vec<Sourced<RawSource>>,
    pub skills: Vec<Sourced<RawSkill>>,
    pub roles: Vec<Sourced<RawRole>>,
}

impl LoadedData {
    pub fn level_index(&self, id: &str) -> Option<usize> {
        self.framework.levels.iter().position(|l| l.id == id)
    }
    pub fn path_index(&self, id: &str) -> Option<usize> {
        self.framework.paths.iter().position(|p| p.id == id)
    }
    pub fn source_index(&self, id: &str) -> Option<usize> {
        self.sources.iter().position(|s| s.item.id == id)
    }
    pub fn skill_index(&self, code: &str) -> Option<usize> {
        self.skills.iter().position(|s| s.item.code == code)
    }
    pub fn role_index(&self, id: &str) -> Option<usize> {
        self.roles.iter().position(|r| r.item.id == id)
    }
    /// Every file the data was read from, so the build can rerun when one changes.
    pub fn files(&self) -> Vec<String> {
        let mut files = vec![];
        files.extend(self.sources.iter().map(|s| s.file.clone()));
        files.extend(self.skills.iter().map(|s| s.file.clone()));
        files.extend(self.roles.iter().map(|s| s.file.clone()));
        files
    }
}

/// Reads and validates the data folder. Returns every problem found, not just the first.
pub fn load(dir: &Path) -> Result<LoadedData, Vec<DataError>> {
    let mut errors = vec![];
    let framework_file = dir.join("framework.toml");
    let framework: Option<RawFramework> = read_toml(&framework_file, &mut errors);
    let sources = read_folder::<RawSource>(&dir.join("sources"), &mut errors);
    let skills = read_folder::<RawSkill>(&dir.join("skills"), &mut errors);
    let roles = read_folder::<RawRole>(&dir.join("roles"), &mut errors);
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
    };
    // Validate in file order, so "first defined in" names the earlier file.
    validate(&data, &display(&framework_file), &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    // A stable, meaningful order for the catalogue: by seniority, then title.
    let levels = &data.framework.levels;
    let rank = |r: &RawRole| {
        r.level
            .as_deref()
            .and_then(|id| levels.iter().find(|l| l.id == id))
            .map(|l| l.rank)
    };
    data.roles.sort_by(|a, b| {
        (rank(&a.item), &a.item.title, &a.item.id).cmp(&(rank(&b.item), &b.item.title, &b.item.id))
    });
    Ok(data)
}

fn display(path: &Path) -> String {
    path.display().to_string()
}

fn read_toml<T: for<'de> Deserialize<'de>>(file: &Path, errors: &mut Vec<DataError>) -> Option<T> {
    let text = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(e) => {
            errors.push(DataError {
                file: display(file),
                field: "(file)".into(),
                problem: format!("cannot read: {e}"),
            });
            return None;
        }
    };
    match toml::from_str(&text) {
        Ok(value) => Some(value),
        Err(e) => {
            errors.push(DataError {
                file: display(file),
                field: toml_error_field(&e),
                problem: e.message().to_string(),
            });
            None
        }
    }
}

/// The field a TOML error is about: the text between backticks in messages such as
/// "missing field `name`", or the line:column where the syntax broke.
fn toml_error_field(e: &toml::de::Error) -> String {
    let message = e.message();
    if let Some(start) = message.find('`') {
        if let Some(len) = message[start + 1..].find('`') {
            return message[start + 1..start + 1 + len].to_string();
        }
    }
    match e.span() {
        Some(span) => format!("(syntax at byte {})", span.start),
        None => "(syntax)".into(),
    }
}

fn read_folder<T: for<'de> Deserialize<'de>>(
    dir: &Path,
    errors: &mut Vec<DataError>,
) -> Vec<Sourced<T>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            errors.push(DataError {
                file: display(dir),
                field: "(folder)".into(),
                problem: format!("cannot read folder: {e}"),
            });
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

/// Collects problems for one file.
struct Checker<'a> {
    file: &'a str,
    errors: &'a mut Vec<DataError>,
}

impl Checker<'_> {
    fn fail(&mut self, field: impl Into<String>, problem: impl Into<String>) {
        self.errors.push(DataError {
            file: self.file.to_string(),
            field: field.into(),
            problem: problem.into(),
        });
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
            self.fail(
                field,
                format!(
                    "unknown {kind} `{value}` (known: {})",
                    if known.is_empty() {
                        "none".to_string()
                    } else {
                        known.join(", ")
                    }
                ),
            );
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
            errors.push(DataError {
                file: file.to_string(),
                field: field.to_string(),
                problem: format!("duplicate {kind} `{id}` (first defined in {first})"),
            });
        } else {
            seen.insert(id, file);
        }
    }
}

fn validate(data: &LoadedData, fw_file: &str, errors: &mut Vec<DataError>) {
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
        c.slug(&format!("level[{i}].id"), &level.id.to_lowercase());
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
        let s = &skill.item;
        let mut c = Checker {
            file: &skill.file,
            errors,
        };
        if s.code.is_empty() || !s.code.chars().all(|ch| ch.is_ascii_alphanumeric()) {
            c.fail(
                "code",
                format!("`{}` must be letters and digits only", s.code),
            );
        }
        for (field, value) in [
            ("name", &s.name),
            ("category", &s.category),
            ("subcategory", &s.subcategory),
            ("description", &s.description),
            ("guidance_intro", &s.guidance_intro),
        ] {
            c.text(field, value);
        }
        c.link("url", &s.url);
        c.texts("guidance", &s.guidance);
        c.resolves(
            "source",
            "source",
            &s.source,
            source_ids.contains(&s.source.as_str()),
            &source_ids,
        );
        let mut seen_levels = HashSet::new();
        for (i, a) in s.attainment.iter().enumerate() {
            let field = format!("attainment[{i}].level");
            c.resolves(
                &field,
                "level",
                &a.level,
                level_ids.contains(&a.level.as_str()),
                &level_ids,
            );
            if !seen_levels.insert(a.level.as_str()) {
                c.fail(&field, format!("level `{}` is described twice", a.level));
            }
            if a.statements.is_empty() {
                c.fail(format!("attainment[{i}].statements"), "has no statements");
            }
            c.texts(&format!("attainment[{i}].statements"), &a.statements);
        }
    }

    for role in &data.roles {
        validate_role(data, &role.file, &role.item, errors);
    }
}

fn validate_role(data: &LoadedData, file: &str, r: &RawRole, errors: &mut Vec<DataError>) {
    let fw = &data.framework;
    let level_ids: Vec<&str> = fw.levels.iter().map(|l| l.id.as_str()).collect();
    let path_ids: Vec<&str> = fw.paths.iter().map(|p| p.id.as_str()).collect();
    let source_ids: Vec<&str> = data.sources.iter().map(|s| s.item.id.as_str()).collect();
    let skill_codes: Vec<&str> = data.skills.iter().map(|s| s.item.code.as_str()).collect();
    let role_ids: Vec<&str> = data.roles.iter().map(|r| r.item.id.as_str()).collect();
    let mut c = Checker { file, errors };

    c.slug("id", &r.id);
    c.text("title", &r.title);
    let level = match &r.level {
        None => {
            c.fail("level", "every role needs a level");
            None
        }
        Some(id) => {
            let ix = data.level_index(id);
            c.resolves("level", "level", id, ix.is_some(), &level_ids);
            ix
        }
    };
    match &r.path {
        None => c.fail("path", "every role needs a career path"),
        Some(id) => {
            let found = data.path_index(id).is_some();
            c.resolves("path", "career path", id, found, &path_ids);
        }
    }
    c.resolves(
        "source",
        "source",
        &r.source,
        source_ids.contains(&r.source.as_str()),
        &source_ids,
    );
    if let Some(s) = &r.scope_summary {
        c.text("scope_summary", s);
    }
    if let Some(s) = &r.years_at_level {
        c.text("years_at_level", s);
    }
    c.texts("overview", &r.overview);

    let mut seen_skills = HashSet::new();
    for (i, code) in r.skills.iter().enumerate() {
        let field = format!("skills[{i}]");
        let skill = data.skill_index(code).map(|ix| &data.skills[ix].item);
        c.resolves(&field, "skill", code, skill.is_some(), &skill_codes);
        if !seen_skills.insert(code.as_str()) {
            c.fail(&field, format!("skill `{code}` is listed twice"));
        }
        if let (Some(skill), Some(level)) = (skill, level) {
            let level_id = &fw.levels[level].id;
            if !skill.attainment.iter().any(|a| &a.level == level_id) {
                c.fail(
                    &field,
                    format!(
                        "skill `{code}` has no attainment text for the role's level `{level_id}`"
                    ),
                );
            }
        }
    }

    for (i, ch) in r.characteristics.iter().enumerate() {
        c.text(&format!("characteristic[{i}].label"), &ch.label);
        c.text(&format!("characteristic[{i}].text"), &ch.text);
    }
    for (i, g) in r.responsibilities.iter().enumerate() {
        c.text(&format!("responsibility_group[{i}].name"), &g.name);
        c.texts(&format!("responsibility_group[{i}].items"), &g.items);
    }
    for (i, g) in r.metrics.iter().enumerate() {
        c.text(&format!("metric_group[{i}].name"), &g.name);
        c.named(&format!("metric_group[{i}].metric"), &g.metrics);
    }
    for (i, ch) in r.challenges.iter().enumerate() {
        c.text(&format!("challenge[{i}].name"), &ch.name);
        c.text(&format!("challenge[{i}].challenge"), &ch.challenge);
        c.text(&format!("challenge[{i}].approach"), &ch.approach);
    }
    c.texts("development.must", &r.development.must);
    c.texts("development.should", &r.development.should);
    if let Some(g) = &r.growth {
        c.text("growth.text", &g.text);
        c.texts("growth.options", &g.options);
    }
    for (i, m) in r.matrix.iter().enumerate() {
        c.text(&format!("matrix[{i}].area"), &m.area);
        c.text(&format!("matrix[{i}].grade"), &m.grade);
        c.text(&format!("matrix[{i}].summary"), &m.summary);
        c.named(&format!("matrix[{i}].attributes"), &m.attributes);
    }
    for (i, n) in r.notes.iter().enumerate() {
        c.text(&format!("note[{i}].title"), &n.title);
        c.text(&format!("note[{i}].text"), &n.text);
        if let Some(link) = &n.link {
            c.text(&format!("note[{i}].link.title"), &link.title);
            c.link(&format!("note[{i}].link.href"), &link.href);
        }
    }
    for (i, g) in r.related.iter().enumerate() {
        c.text(&format!("related[{i}].name"), &g.name);
        for (j, l) in g.links.iter().enumerate() {
            c.text(&format!("related[{i}].link[{j}].title"), &l.title);
            c.text(&format!("related[{i}].link[{j}].target"), &l.target);
        }
    }

    // Previous and next level: must exist, share the career path, and sit below / above.
    let rank_of = |ix: Option<usize>| ix.map(|l| fw.levels[l].rank);
    for (field, target, want_higher) in [("previous", &r.previous, false), ("next", &r.next, true)]
    {
        let Some(target) = target else { continue };
        let other = data.role_index(target).map(|ix| &data.roles[ix].item);
        c.resolves(field, "role", target, other.is_some(), &role_ids);
        let Some(other) = other else { continue };
        if other.id == r.id {
            c.fail(field, "a role cannot be its own previous or next level");
            continue;
        }
        if other.path.is_some() && other.path != r.path {
            c.fail(field, format!("role `{target}` is on another career path"));
        }
        let (mine, theirs) = (
            rank_of(level),
            rank_of(other.level.as_deref().and_then(|l| data.level_index(l))),
        );
        if let (Some(mine), Some(theirs)) = (mine, theirs) {
            let ok = if want_higher {
                theirs > mine
            } else {
                theirs < mine
            };
            if !ok {
                c.fail(
                    field,
                    format!(
                        "role `{target}` must be at a {} level",
                        if want_higher { "higher" } else { "lower" }
                    ),
                );
            }
        }
    }
}
