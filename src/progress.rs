//! Personal progress: the user's self-assessment against role expectations. The one thing in
//! this app that users create, so every change is timestamped and merges never lose the newer
//! side. Pure: time is passed in, storage lives in `crate::storage`.

pub mod codec;
pub mod expectations;
pub mod schema;
pub mod score;

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
}

/// What merging another progress into this one would do, for a preview.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MergePreview {
    /// Expectations assessed only in the incoming progress.
    pub added: usize,
    /// Expectations both have, where the incoming one is newer and different.
    pub updated: usize,
    /// Expectations where this side is newer or the same.
    pub kept: usize,
    /// Whether the incoming current/target roles would replace these.
    pub roles_change: bool,
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
        restored.roles_updated = now + 1;
        for a in restored.assessments.values_mut() {
            a.updated = now + 1;
        }
        restored
    }

    /// Merges `other` into this progress: for each expectation the newer assessment wins; the
    /// roles come from whichever side chose them last; anything older than the latest reset
    /// is dropped. Merging is commutative and idempotent, so two tabs converge.
    pub fn merge(&mut self, other: &Progress) {
        self.cleared_at = self.cleared_at.max(other.cleared_at);
        if other.roles_updated > self.roles_updated {
            self.current_role = other.current_role.clone();
            self.target_role = other.target_role.clone();
            self.roles_updated = other.roles_updated;
        }
        for (key, theirs) in &other.assessments {
            match self.assessments.get(key) {
                Some(mine) if !newer(theirs, mine) => {}
                _ => {
                    self.assessments.insert(key.clone(), theirs.clone());
                }
            }
        }
        let cleared_at = self.cleared_at;
        self.assessments.retain(|_, a| a.updated > cleared_at);
        if self.roles_updated < cleared_at {
            self.current_role = None;
            self.target_role = None;
        }
    }

    /// What [`Progress::merge`] with `other` would change, without changing anything.
    pub fn preview_merge(&self, other: &Progress) -> MergePreview {
        let mut p = MergePreview::default();
        for (key, theirs) in other.assessed() {
            match self.assessments.get(key) {
                None => p.added += 1,
                Some(mine) if mine.is_cleared() && newer(theirs, mine) => p.added += 1,
                Some(mine) if newer(theirs, mine) && strip(theirs) != strip(mine) => p.updated += 1,
                Some(_) => p.kept += 1,
            }
        }
        p.roles_change = other.roles_updated > self.roles_updated
            && (other.current_role != self.current_role || other.target_role != self.target_role);
        p
    }
}

/// Newer wins; on equal times the larger content wins, so merge order never matters.
fn newer(a: &Assessment, b: &Assessment) -> bool {
    (a.updated, strip(a)) > (b.updated, strip(b))
}

/// The content of an assessment without its time, as a comparable value.
fn strip(a: &Assessment) -> (Option<Rating>, Option<(String, String)>) {
    (
        a.rating,
        a.evidence
            .as_ref()
            .map(|e| (e.text.clone(), e.date.clone())),
    )
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

#[cfg(test)]
mod tests {
    use super::*;

    fn with(entries: &[(&str, Option<Rating>, u64)]) -> Progress {
        let mut p = Progress::default();
        for (k, r, t) in entries {
            p.set_rating(k, *r, *t);
        }
        p
    }

    /// x: theirs is newer; y: mine is newer; z: only theirs.
    fn mine_and_theirs() -> (Progress, Progress) {
        let mine = with(&[
            ("x", Some(Rating::NotYet), 10),
            ("y", Some(Rating::RoleModel), 50),
        ]);
        let theirs = with(&[
            ("x", Some(Rating::Consistently), 20),
            ("y", Some(Rating::Developing), 40),
            ("z", Some(Rating::Developing), 5),
        ]);
        (mine, theirs)
    }

    #[test]
    fn rating_scale_and_met_threshold() {
        assert!(!Rating::NotYet.is_met());
        assert!(!Rating::Developing.is_met());
        assert!(Rating::Consistently.is_met());
        assert!(Rating::RoleModel.is_met());
        for r in Rating::ALL {
            assert_eq!(Rating::from_code(r.code()), Some(r));
            assert_eq!(Rating::from_key(r.key()), Some(r));
        }
        assert_eq!(Rating::from_code(9), None);
    }

    #[test]
    fn merge_keeps_the_newer_side_of_each_expectation() {
        let (mut a, b) = mine_and_theirs();
        a.merge(&b);
        assert_eq!(a.rating("x"), Some(Rating::Consistently));
        assert_eq!(a.rating("y"), Some(Rating::RoleModel));
        assert_eq!(a.rating("z"), Some(Rating::Developing));
    }

    #[test]
    fn merge_is_commutative_and_idempotent() {
        let a = with(&[
            ("x", Some(Rating::NotYet), 10),
            ("y", Some(Rating::RoleModel), 30),
        ]);
        let b = with(&[("x", Some(Rating::Developing), 10), ("y", None, 31)]);
        let mut ab = a.clone();
        ab.merge(&b);
        let mut ba = b.clone();
        ba.merge(&a);
        assert_eq!(ab, ba);
        let mut again = ab.clone();
        again.merge(&b);
        assert_eq!(again, ab);
    }

    #[test]
    fn a_cleared_rating_is_not_revived_by_an_older_copy() {
        let old = with(&[("x", Some(Rating::RoleModel), 10)]);
        let mut cleared = old.clone();
        cleared.set_rating("x", None, 20);
        cleared.merge(&old);
        assert_eq!(cleared.rating("x"), None);
    }

    #[test]
    fn reset_wins_over_older_data_and_undo_wins_over_reset() {
        let mut p = with(&[("x", Some(Rating::Developing), 10)]);
        p.set_roles(Some("a".into()), None, 10);
        let other_tab = p.clone();
        let before = p.reset(100);
        assert!(p.is_empty());
        p.merge(&other_tab);
        assert!(p.is_empty(), "older data stays reset: {p:?}");
        let restored = Progress::restored(&before, 200);
        let mut tab = p.clone();
        tab.merge(&restored);
        assert_eq!(tab.rating("x"), Some(Rating::Developing));
        assert_eq!(tab.current_role.as_deref(), Some("a"));
    }

    #[test]
    fn undoing_a_replace_does_not_keep_the_replacement() {
        let mine = with(&[("x", Some(Rating::Developing), 10)]);
        let theirs = with(&[("y", Some(Rating::RoleModel), 5)]);
        let replaced = Progress::restored(&theirs, 100);
        // The replacement was saved; undo restores mine, then merges what is stored.
        let mut undone = Progress::restored(&mine, 200);
        undone.merge(&replaced);
        assert_eq!(undone.rating("x"), Some(Rating::Developing));
        assert_eq!(undone.rating("y"), None, "{undone:?}");
        // And a tab still holding the replacement takes the undo.
        let mut other_tab = replaced.clone();
        other_tab.merge(&undone);
        assert_eq!(other_tab, undone);
    }

    #[test]
    fn roles_come_from_the_side_that_chose_last() {
        let mut a = Progress::default();
        a.set_roles(Some("a".into()), Some("b".into()), 10);
        let mut b = Progress::default();
        b.set_roles(Some("c".into()), None, 20);
        a.merge(&b);
        assert_eq!(a.current_role.as_deref(), Some("c"));
        assert_eq!(a.target_role, None);
    }

    #[test]
    fn evidence_is_set_and_removed() {
        let mut p = Progress::default();
        p.set_evidence(
            "x",
            Evidence {
                text: "Led the Q3 vendor review".into(),
                date: "2026-10-01".into(),
            },
            5,
        );
        assert_eq!(p.evidence("x").map(|e| e.date.as_str()), Some("2026-10-01"));
        p.set_evidence("x", Evidence::default(), 6);
        assert_eq!(p.evidence("x"), None);
        assert!(p.is_empty());
    }

    #[test]
    fn merge_preview_counts_without_changing() {
        let (a, b) = mine_and_theirs();
        let p = a.preview_merge(&b);
        assert_eq!(
            p,
            MergePreview {
                added: 1,
                updated: 1,
                kept: 1,
                roles_change: false
            }
        );
    }
}
