//! Personal progress: the user's self-assessment against role expectations. The one thing in
//! this app that users create, so every change is timestamped and merges never lose the newer
//! side. Pure: time is passed in, storage lives in `crate::storage`.

pub mod changes;
pub mod choices;
pub mod codec;
pub mod expectations;
pub mod history;
pub mod index;
pub mod limits;
pub mod merge;
pub mod plan;
pub mod review;
pub mod reworded;
pub mod roles;
pub mod schema;
pub mod score;
pub mod sync;

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How well an expectation is met. Documented in the README and shown as a legend.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    /// Not shown yet.
    NotYet,
    /// Shown sometimes, or with support.
    Developing,
    /// Shown reliably without support: the expectation is met.
    Consistently,
    /// Shown so well that others learn from it.
    RoleModel,
}

impl Rating {
    pub const ALL: [Rating; 4] = [
        Rating::NotYet,
        Rating::Developing,
        Rating::Consistently,
        Rating::RoleModel,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Rating::NotYet => "Not yet",
            Rating::Developing => "Developing",
            Rating::Consistently => "Consistently",
            Rating::RoleModel => "Role model",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Rating::NotYet => "not_yet",
            Rating::Developing => "developing",
            Rating::Consistently => "consistently",
            Rating::RoleModel => "role_model",
        }
    }

    pub fn from_key(key: &str) -> Option<Rating> {
        Rating::ALL.into_iter().find(|r| r.key() == key)
    }

    /// Met means shown reliably: consistently or as a role model.
    pub fn is_met(self) -> bool {
        self >= Rating::Consistently
    }

    pub fn code(self) -> u8 {
        self as u8
    }

    pub fn from_code(code: u8) -> Option<Rating> {
        Rating::ALL.get(code as usize).copied()
    }
}

/// Evidence for an assessment: free text and the date it refers to (YYYY-MM-DD, may be empty).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Evidence {
    pub text: String,
    #[serde(default)]
    pub date: String,
}

/// The user's assessment of one expectation. `rating: None` with no evidence is a cleared
/// assessment, kept (with its time) so that a merge does not bring the old value back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<Rating>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Evidence>,
    /// Milliseconds since the Unix epoch of the last change.
    pub updated: u64,
}

impl Assessment {
    pub fn is_cleared(&self) -> bool {
        self.rating.is_none() && self.evidence.is_none()
    }
}

/// Everything the user has entered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Progress {
    /// Role id the user holds now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_role: Option<String>,
    /// Role id the user aims for; `None` means "the next level of the current role".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_role: Option<String>,
    /// When the roles were last chosen (ms), for merging.
    #[serde(default)]
    pub roles_updated: u64,
    /// Assessments by expectation key (see [`expectations`]).
    #[serde(default)]
    pub assessments: BTreeMap<String, Assessment>,
    /// When the user last reset everything (ms); older assessments from a merge are dropped.
    #[serde(default)]
    pub cleared_at: u64,
    /// Chosen competencies of optional groups (specialisms), by group name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub choices: BTreeMap<String, choices::Choice>,
}

impl Progress {
    /// Assessments that say something (not cleared).
    pub fn assessed(&self) -> impl Iterator<Item = (&String, &Assessment)> {
        self.assessments.iter().filter(|(_, a)| !a.is_cleared())
    }

    pub fn is_empty(&self) -> bool {
        self.assessed().next().is_none()
            && self.current_role.is_none()
            && self.target_role.is_none()
    }

    /// The role ids chosen (current, then target), for checks and previews.
    pub fn chosen_roles(&self) -> impl Iterator<Item = &String> {
        [&self.current_role, &self.target_role]
            .into_iter()
            .flatten()
    }

    pub fn rating(&self, key: &str) -> Option<Rating> {
        self.assessments.get(key).and_then(|a| a.rating)
    }

    pub fn evidence(&self, key: &str) -> Option<&Evidence> {
        self.assessments.get(key).and_then(|a| a.evidence.as_ref())
    }

    fn entry(&mut self, key: &str, now: u64) -> &mut Assessment {
        let a = self
            .assessments
            .entry(key.to_string())
            .or_insert(Assessment {
                rating: None,
                evidence: None,
                updated: now,
            });
        a.updated = now;
        a
    }

    /// Sets (or with `None`, clears) the rating of one expectation.
    pub fn set_rating(&mut self, key: &str, rating: Option<Rating>, now: u64) {
        self.entry(key, now).rating = rating;
    }

    /// Sets the evidence of one expectation; empty text and date remove it.
    pub fn set_evidence(&mut self, key: &str, evidence: Evidence, now: u64) {
        let empty = evidence.text.trim().is_empty() && evidence.date.trim().is_empty();
        self.entry(key, now).evidence = (!empty).then_some(evidence);
    }

    pub fn set_roles(&mut self, current: Option<String>, target: Option<String>, now: u64) {
        self.current_role = current;
        self.target_role = target;
        self.roles_updated = now;
    }

    /// The latest time anywhere in this progress (0 when it has none).
    pub fn latest_time(&self) -> u64 {
        self.assessments
            .values()
            .map(|a| a.updated)
            .chain(self.choices.values().map(|c| c.updated))
            .chain([self.roles_updated, self.cleared_at])
            .max()
            .unwrap_or(0)
    }

    /// The time to stamp a change made `now`: never earlier than anything already here, so a
    /// new change always wins over what it replaces, even when the stored times run ahead of
    /// this device's clock (a clock set back, or another device's clock).
    pub fn next_stamp(&self, now: u64) -> u64 {
        now.max(self.latest_time().saturating_add(1))
    }

    /// Clears everything, remembering when, so that merging older data does not revive it.
    /// Returns the progress as it was, for undo.
    pub fn reset(&mut self, now: u64) -> Progress {
        let before = self.clone();
        *self = Progress {
            cleared_at: now,
            roles_updated: now,
            ..Progress::default()
        };
        before
    }

    /// `progress` as the whole state from `now` on: everything up to `now` is cleared (in
    /// merges too) and its content is stamped just after. Undo (of a reset or a replace) and
    /// replace use it, so whatever was stored in between cannot merge back in.
    pub fn restored(progress: &Progress, now: u64) -> Progress {
        let mut restored = progress.clone();
        restored.cleared_at = now;
        restored.roles_updated = now.saturating_add(1);
        for a in restored.assessments.values_mut() {
            a.updated = now.saturating_add(1);
        }
        for c in restored.choices.values_mut() {
            c.updated = now.saturating_add(1);
        }
        restored
    }
}

/// A progress with the given ratings, each with its own time, for tests.
#[cfg(test)]
pub(crate) fn with_ratings(entries: &[(&str, Option<Rating>, u64)]) -> Progress {
    let mut p = Progress::default();
    for (k, r, t) in entries {
        p.set_rating(k, *r, *t);
    }
    p
}

/// A progress with roles, ratings, unicode evidence and distinct times, for format tests.
#[cfg(test)]
pub(crate) fn sample() -> Progress {
    let mut p = Progress::default();
    p.set_roles(
        Some("sfia-senior-engineering-manager".into()),
        Some("sfia-director-of-engineering".into()),
        1_763_000_000_000,
    );
    p.set_rating("s0123abcd", Some(Rating::Consistently), 1_763_000_000_500);
    p.set_rating("a89abcdef", Some(Rating::NotYet), 1_763_000_100_000);
    p.set_evidence(
        "a89abcdef",
        Evidence {
            text: "Zoë’s “team” — 100% on time".into(),
            date: "2026-11-01".into(),
        },
        1_763_000_200_000,
    );
    p.set_rating("r00000001", Some(Rating::RoleModel), 1_763_000_300_000);
    p
}
