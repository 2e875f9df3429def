//! The data files as written: one struct per file shape, read with serde. Unknown fields are
//! errors, so a typo is reported rather than silently ignored.

use serde::Deserialize;
use std::collections::HashMap;
use std::sync::OnceLock;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFramework {
    pub name: String,
    /// Every level includes what the levels below it expect (a competency may say otherwise).
    #[serde(default)]
    pub cumulative: bool,
    #[serde(default, rename = "level")]
    pub levels: Vec<RawLevel>,
    #[serde(default, rename = "path")]
    pub paths: Vec<RawPath>,
    /// Pages about the framework itself (what it is for, how to use it), in Markdown.
    #[serde(default, rename = "guide")]
    pub guides: Vec<RawGuide>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGuide {
    pub id: String,
    pub title: String,
    pub body: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLevel {
    pub id: String,
    pub rank: u32,
    pub name: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPath {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, Deserialize)]
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

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPrinciples {
    pub intro: String,
    #[serde(default, rename = "item")]
    pub items: Vec<RawNamed>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNamed {
    pub name: String,
    pub text: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDimension {
    pub name: String,
    #[serde(default)]
    pub paragraphs: Vec<String>,
    #[serde(default)]
    pub excellence: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSkill {
    pub code: String,
    pub name: String,
    pub source: String,
    pub category: Option<String>,
    pub subcategory: Option<String>,
    pub url: Option<String>,
    pub description: String,
    pub guidance_intro: Option<String>,
    #[serde(default)]
    pub guidance: Vec<String>,
    /// Overrides the framework's `cumulative` for this competency.
    pub cumulative: Option<bool>,
    #[serde(default, alias = "level")]
    pub attainment: Vec<RawAttainment>,
}

/// What a competency expects at one level (optionally worded for one career path).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAttainment {
    pub level: String,
    /// This wording is for roles on this path; without it, for every path.
    pub path: Option<String>,
    /// Where on a named scale the competency sits at this level ("Practitioner").
    pub proficiency: Option<String>,
    pub statements: Vec<RawStatement>,
}

/// A statement: plain text, or a table with an id, examples and an earlier wording.
#[derive(Debug, Clone, Deserialize)]
#[serde(
    untagged,
    expecting = "not a statement: write a string, or a table with `text` and optionally `id`, `examples`, `was` and `reworded`"
)]
pub enum RawStatement {
    Text(String),
    Full(RawStatementTable),
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStatementTable {
    pub text: String,
    /// Keeps ratings attached when the wording changes.
    pub id: Option<String>,
    #[serde(default)]
    pub examples: Vec<String>,
    /// The wording before the last change, shown to people who rated it.
    pub was: Option<String>,
    /// When the wording changed (YYYY-MM-DD); needed with `id` and `was`.
    pub reworded: Option<String>,
}

impl RawStatement {
    pub fn text(&self) -> &str {
        match self {
            RawStatement::Text(t) => t,
            RawStatement::Full(f) => &f.text,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
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
    #[serde(default, alias = "competencies")]
    pub skills: Vec<String>,
    /// Competencies of which the person chooses some (a specialism).
    #[serde(default, rename = "optional")]
    pub optional: Vec<RawOptionalGroup>,
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
    /// The roles this one leads to: one id, or a list when the ladder branches (an individual
    /// contributor and a manager path from the same role).
    #[serde(default, deserialize_with = "one_or_many")]
    pub next: Vec<String>,
    #[serde(default)]
    pub related: Vec<RawRelatedGroup>,
}

/// Competencies of which the person chooses `choose` (a specialism); progress counts only the
/// chosen ones.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOptionalGroup {
    pub name: String,
    #[serde(default = "one")]
    pub choose: u32,
    #[serde(alias = "skills")]
    pub competencies: Vec<String>,
}

fn one() -> u32 {
    1
}

/// A key characteristic ("Experience: 4-7 years ...").
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNamedLabel {
    pub label: String,
    pub text: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGroup {
    pub name: String,
    pub items: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMetricGroup {
    pub name: String,
    #[serde(rename = "metric")]
    pub metrics: Vec<RawNamed>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChallenge {
    pub name: String,
    pub challenge: String,
    pub approach: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDevelopment {
    #[serde(default)]
    pub must: Vec<String>,
    #[serde(default)]
    pub should: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGrowth {
    pub text: String,
    #[serde(default)]
    pub options: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMatrixArea {
    pub area: String,
    pub grade: String,
    pub summary: String,
    pub attributes: Vec<RawNamed>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNote {
    pub title: String,
    pub text: String,
    pub link: Option<RawLink>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLink {
    pub title: String,
    pub href: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRelatedGroup {
    pub name: String,
    #[serde(rename = "link")]
    pub links: Vec<RawRelatedLink>,
}

#[derive(Debug, Clone, Deserialize)]
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
    /// Things that validate but help nobody (a role with nothing to assess, an unused skill).
    pub warnings: Vec<crate::DataError>,
    /// Ids to positions, built on first lookup (and again after the roles are sorted), so
    /// validating and generating stay linear in the size of the data.
    pub(crate) ids: OnceLock<Ids>,
}

/// Positions by id; the first item with an id wins (duplicates are reported elsewhere).
#[derive(Debug, Default)]
pub(crate) struct Ids {
    levels: HashMap<String, usize>,
    paths: HashMap<String, usize>,
    sources: HashMap<String, usize>,
    skills: HashMap<String, usize>,
    roles: HashMap<String, usize>,
}

fn positions<'a>(ids: impl Iterator<Item = &'a str>) -> HashMap<String, usize> {
    let mut map = HashMap::new();
    for (i, id) in ids.enumerate() {
        map.entry(id.to_string()).or_insert(i);
    }
    map
}

impl LoadedData {
    fn ids(&self) -> &Ids {
        self.ids.get_or_init(|| Ids {
            levels: positions(self.framework.levels.iter().map(|l| l.id.as_str())),
            paths: positions(self.framework.paths.iter().map(|p| p.id.as_str())),
            sources: positions(self.sources.iter().map(|s| s.item.id.as_str())),
            skills: positions(self.skills.iter().map(|s| s.item.code.as_str())),
            roles: positions(self.roles.iter().map(|r| r.item.id.as_str())),
        })
    }
    pub fn level_index(&self, id: &str) -> Option<usize> {
        self.ids().levels.get(id).copied()
    }
    pub fn path_index(&self, id: &str) -> Option<usize> {
        self.ids().paths.get(id).copied()
    }
    pub fn source_index(&self, id: &str) -> Option<usize> {
        self.ids().sources.get(id).copied()
    }
    pub fn skill_index(&self, code: &str) -> Option<usize> {
        self.ids().skills.get(code).copied()
    }
    pub fn role_index(&self, id: &str) -> Option<usize> {
        self.ids().roles.get(id).copied()
    }
    /// Puts the roles in a stable, meaningful order for the catalogue (by seniority, then
    /// title, then id) and looks ids up afresh.
    pub fn reindex_roles(&mut self) {
        let levels = &self.framework.levels;
        let rank = |r: &RawRole| {
            r.level
                .as_deref()
                .and_then(|id| levels.iter().find(|l| l.id == id))
                .map(|l| l.rank)
        };
        self.roles.sort_by(|a, b| {
            (rank(&a.item), &a.item.title, &a.item.id).cmp(&(
                rank(&b.item),
                &b.item.title,
                &b.item.id,
            ))
        });
        self.ids = Default::default();
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

/// A field that holds one string or a list of strings.
fn one_or_many<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(String),
        Many(Vec<String>),
    }
    Ok(match OneOrMany::deserialize(d)? {
        OneOrMany::One(s) => vec![s],
        OneOrMany::Many(v) => v,
    })
}
