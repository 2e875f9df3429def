//! The bundled framework: model types, the generated data, and convenient lookups.

pub mod content;
pub mod keys;
pub mod model;

pub use model::*;

mod generated {
    use super::model::*;
    include!(concat!(env!("OUT_DIR"), "/framework.rs"));
}

/// The framework compiled in from `data/`.
pub fn framework() -> &'static Framework {
    &generated::FRAMEWORK
}

impl Framework {
    pub fn role_by_id(&self, id: &str) -> Option<(RoleIx, &'static Role)> {
        self.roles.iter().enumerate().find(|(_, r)| r.id == id)
    }

    pub fn skill_by_code(&self, code: &str) -> Option<(SkillIx, &'static Skill)> {
        self.skills
            .iter()
            .enumerate()
            .find(|(_, s)| s.code.eq_ignore_ascii_case(code))
    }

    pub fn source_by_id(&self, id: &str) -> Option<(SourceIx, &'static Source)> {
        self.sources.iter().enumerate().find(|(_, s)| s.id == id)
    }

    pub fn level(&self, role: &Role) -> &'static Level {
        &self.levels[role.level]
    }

    pub fn path(&self, role: &Role) -> &'static CareerPath {
        &self.paths[role.path]
    }

    pub fn source(&self, role: &Role) -> &'static Source {
        &self.sources[role.source]
    }

    /// What a competency expects at `level` of roles on `path`: the path's own wording if it
    /// has one, else the wording for every path.
    pub fn attainment(
        &self,
        skill: &Skill,
        level: LevelIx,
        path: PathIx,
    ) -> Option<&'static Attainment> {
        let at_level = || skill.attainment.iter().filter(move |a| a.level == level);
        at_level()
            .find(|a| a.path == Some(path))
            .or_else(|| at_level().find(|a| a.path.is_none()))
    }

    /// Roles that require a skill, in catalogue order (by level).
    pub fn roles_requiring(&self, skill: SkillIx) -> impl Iterator<Item = (RoleIx, &'static Role)> {
        self.roles
            .iter()
            .enumerate()
            .filter(move |(_, r)| r.skills.contains(&skill))
    }

    pub fn roles_from_source(
        &self,
        source: SourceIx,
    ) -> impl Iterator<Item = (RoleIx, &'static Role)> {
        self.roles
            .iter()
            .enumerate()
            .filter(move |(_, r)| r.source == source)
    }
}

/// The second fixture framework (`tests/fixtures/frameworks/grid`), for unit tests that need
/// a framework of another shape than the bundled one.
#[cfg(test)]
pub mod grid_fixture {
    use super::model::*;
    include!(concat!(env!("OUT_DIR"), "/grid_fixture.rs"));
}
