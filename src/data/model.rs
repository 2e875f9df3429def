//! The bundled framework as the app sees it: plain `'static` data generated at compile time by
//! `build.rs` from `data/`. References between items are indices into the framework's slices,
//! resolved and checked at build time, so lookups at run time cannot fail.

/// The whole framework: everything in `data/`.
#[derive(Debug, Clone)]
pub struct Framework {
    pub name: &'static str,
    /// Ascending order of seniority.
    pub levels: &'static [Level],
    pub paths: &'static [CareerPath],
    pub sources: &'static [Source],
    pub skills: &'static [Skill],
    /// In data order: sorted by level rank, then title (see `build.rs`).
    pub roles: &'static [Role],
    /// True when this build left out text under restrictive terms (RUNGS_OMIT_RESTRICTED).
    pub restricted_text_omitted: bool,
}

/// Index of a level in [`Framework::levels`].
pub type LevelIx = usize;
/// Index of a career path in [`Framework::paths`].
pub type PathIx = usize;
/// Index of a source in [`Framework::sources`].
pub type SourceIx = usize;
/// Index of a skill in [`Framework::skills`].
pub type SkillIx = usize;
/// Index of a role in [`Framework::roles`].
pub type RoleIx = usize;

#[derive(Debug, Clone)]
pub struct Level {
    pub id: &'static str,
    pub rank: u32,
    pub name: &'static str,
}

#[derive(Debug, Clone)]
pub struct CareerPath {
    pub id: &'static str,
    pub name: &'static str,
}

/// A framework document the data was taken from, with its terms of use.
#[derive(Debug, Clone)]
pub struct Source {
    pub id: &'static str,
    pub name: &'static str,
    pub origin: &'static str,
    pub terms: &'static str,
    pub url: Option<&'static str>,
    /// Its skill descriptions, guidance and attainment texts are under restrictive terms.
    pub restricted: bool,
    /// Sentence that introduces a role's required skills in this source.
    pub skills_intro: Option<&'static str>,
    pub principles: Option<Principles>,
    pub dimensions: &'static [Dimension],
}

/// A source's guiding ideas ("impact-focused", "levels are cumulative", ...).
#[derive(Debug, Clone)]
pub struct Principles {
    pub intro: &'static str,
    pub items: &'static [Named],
}

/// A named piece of text: a principle, a key characteristic, a metric, a matrix attribute.
#[derive(Debug, Clone)]
pub struct Named {
    pub name: &'static str,
    pub text: &'static str,
}

/// A dimension of progression (impact, technical skills, behaviours) and what excellence looks like.
#[derive(Debug, Clone)]
pub struct Dimension {
    pub name: &'static str,
    pub paragraphs: &'static [&'static str],
    pub excellence: &'static [&'static str],
}

/// An SFIA-style skill, defined once and referenced by every role that requires it.
#[derive(Debug, Clone)]
pub struct Skill {
    pub code: &'static str,
    pub name: &'static str,
    pub source: SourceIx,
    pub category: &'static str,
    pub subcategory: &'static str,
    pub url: &'static str,
    pub description: &'static str,
    pub guidance_intro: &'static str,
    pub guidance: &'static [&'static str],
    /// One entry per level the skill describes, in level order.
    pub attainment: &'static [Attainment],
    /// Description, guidance and attainment were left out of this build (their source's
    /// terms are restrictive); show the code, name, level and `url` instead.
    pub text_omitted: bool,
}

/// What a skill expects at one level.
#[derive(Debug, Clone)]
pub struct Attainment {
    pub level: LevelIx,
    pub statements: &'static [&'static str],
}

#[derive(Debug, Clone)]
pub struct Role {
    pub id: &'static str,
    pub title: &'static str,
    pub level: LevelIx,
    pub path: PathIx,
    pub source: SourceIx,
    pub scope_summary: Option<&'static str>,
    pub overview: &'static [&'static str],
    pub skills: &'static [SkillIx],
    pub characteristics: &'static [Named],
    pub responsibilities: &'static [ResponsibilityGroup],
    pub metrics: &'static [MetricGroup],
    pub challenges: &'static [Challenge],
    pub development: Development,
    pub growth: Option<Growth>,
    pub years_at_level: Option<&'static str>,
    pub matrix: &'static [MatrixArea],
    pub notes: &'static [Note],
    pub previous: Option<RoleIx>,
    /// The roles this one leads to, in data order; several where the ladder branches.
    pub next: &'static [RoleIx],
    pub related: &'static [RelatedGroup],
}

#[derive(Debug, Clone)]
pub struct ResponsibilityGroup {
    pub name: &'static str,
    pub items: &'static [&'static str],
}

#[derive(Debug, Clone)]
pub struct MetricGroup {
    pub name: &'static str,
    pub metrics: &'static [Named],
}

#[derive(Debug, Clone)]
pub struct Challenge {
    pub name: &'static str,
    pub challenge: &'static str,
    pub approach: &'static str,
}

/// Development focus areas: what must and what should be developed at this level.
#[derive(Debug, Clone)]
pub struct Development {
    pub must: &'static [&'static str],
    pub should: &'static [&'static str],
}

#[derive(Debug, Clone)]
pub struct Growth {
    pub text: &'static str,
    pub options: &'static [&'static str],
}

/// One area of a competency matrix, e.g. Craftsmanship at grade C3.
#[derive(Debug, Clone)]
pub struct MatrixArea {
    pub area: &'static str,
    pub grade: &'static str,
    pub summary: &'static str,
    pub attributes: &'static [Named],
}

#[derive(Debug, Clone)]
pub struct Note {
    pub title: &'static str,
    pub text: &'static str,
    pub link: Option<Link>,
}

/// A link to an outside page.
#[derive(Debug, Clone)]
pub struct Link {
    pub title: &'static str,
    pub href: &'static str,
}

/// Related resources named by the source, kept by title and the source's own path.
#[derive(Debug, Clone)]
pub struct RelatedGroup {
    pub name: &'static str,
    pub links: &'static [RelatedLink],
}

#[derive(Debug, Clone)]
pub struct RelatedLink {
    pub title: &'static str,
    pub target: &'static str,
}
