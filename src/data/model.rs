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
    /// Pages about the framework itself, shown in the About view (Markdown).
    pub guides: &'static [Guide],
    /// Each level includes what the levels below it expect (competencies may say otherwise).
    pub cumulative: bool,
    /// True when this build left out text under restrictive terms (RUNGS_OMIT_RESTRICTED).
    pub restricted_text_omitted: bool,
}

/// A page about the framework: what it is for, how to use it.
#[derive(Debug, Clone)]
pub struct Guide {
    pub id: &'static str,
    pub title: &'static str,
    /// Markdown (the safe subset of `crate::markdown`).
    pub body: &'static str,
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

/// A competency (an SFIA skill is one kind): defined once, with what it expects per level,
/// and referenced by every role that includes it.
#[derive(Debug, Clone)]
pub struct Skill {
    pub code: &'static str,
    pub name: &'static str,
    pub source: SourceIx,
    pub category: Option<&'static str>,
    pub subcategory: Option<&'static str>,
    /// The competency's page at its source.
    pub url: Option<&'static str>,
    /// Markdown.
    pub description: &'static str,
    pub guidance_intro: Option<&'static str>,
    pub guidance: &'static [&'static str],
    /// A level includes what the levels below it expect (from the framework or the competency).
    pub cumulative: bool,
    /// What it expects per level (and per path where a path words it differently), in level
    /// order.
    pub attainment: &'static [Attainment],
    /// Description, guidance and attainment were left out of this build (their source's
    /// terms are restrictive); show the code, name, level and `url` instead.
    pub text_omitted: bool,
}

/// What a competency expects at one level, for every path or for one.
#[derive(Debug, Clone)]
pub struct Attainment {
    pub level: LevelIx,
    /// Worded for roles on this path; `None` for every path without its own wording.
    pub path: Option<PathIx>,
    /// Where on a named scale the competency sits at this level ("Practitioner").
    pub proficiency: Option<&'static str>,
    pub statements: &'static [Statement],
}

/// One statement of what a level expects.
#[derive(Debug, Clone)]
pub struct Statement {
    pub text: &'static str,
    /// An explicit id keeps ratings attached when the wording changes.
    pub id: Option<&'static str>,
    /// Illustrations, not rated separately.
    pub examples: &'static [&'static str],
    /// The wording before the last change.
    pub was: Option<&'static str>,
    /// When the wording changed, in days since 1970-01-01.
    pub reworded_day: Option<i64>,
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
    /// Competencies of which the person chooses some (specialisms).
    pub optional: &'static [OptionalGroup],
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

/// Competencies of which a person chooses `choose` (a specialism); progress counts only the
/// chosen ones. Its name identifies the choice across roles (a frontend engineer stays one).
#[derive(Debug, Clone)]
pub struct OptionalGroup {
    pub name: &'static str,
    pub choose: u32,
    pub skills: &'static [SkillIx],
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
