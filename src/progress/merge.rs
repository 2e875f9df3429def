//! Merging two copies of progress (two tabs, a link, a file) and keeping times from outside
//! honest. Merge is a join: commutative, associative and idempotent, ties included, so copies
//! that have seen the same changes are equal whatever order they saw them in.

use super::{Assessment, Progress, Rating};

/// How far ahead of this device's clock a time from outside may be before it is distrusted:
/// enough for ordinary clock differences between devices, too little to win future merges.
pub const CLOCK_ALLOWANCE_MS: u64 = 5 * 60 * 1000;

impl Progress {
    /// Merges `other` into this progress: for each expectation the newer assessment wins; the
    /// roles come from whichever side chose them last; anything older than the latest reset
    /// is dropped. Equal times are settled by content, so the order of merging never matters.
    pub fn merge(&mut self, other: &Progress) {
        self.cleared_at = self.cleared_at.max(other.cleared_at);
        if roles_of(other) > roles_of(self) {
            self.current_role = other.current_role.clone();
            self.target_role = other.target_role.clone();
            self.roles_updated = other.roles_updated;
        }
        for (group, theirs) in &other.choices {
            match self.choices.get(group) {
                Some(mine) if !super::choices::newer(theirs, mine) => {}
                _ => {
                    self.choices.insert(group.clone(), theirs.clone());
                }
            }
        }
        for (key, theirs) in &other.assessments {
            match self.assessments.get(key) {
                Some(mine) if !newer(theirs, mine) => {}
                _ => {
                    self.assessments.insert(key.clone(), theirs.clone());
                }
            }
        }
        self.drop_cleared();
    }

    /// Forgets what the latest reset cleared: assessments and role choices made before it.
    fn drop_cleared(&mut self) {
        let cleared_at = self.cleared_at;
        self.assessments.retain(|_, a| a.updated > cleared_at);
        self.choices.retain(|_, c| c.updated > cleared_at);
        if self.roles_updated < cleared_at {
            self.current_role = None;
            self.target_role = None;
            self.roles_updated = 0;
        }
    }

    /// Distrusts times from outside (a link, a file, another tab): any time later than
    /// `reference + CLOCK_ALLOWANCE_MS` counts as made at `reference`, so no entry can win every
    /// future merge and no reset can be dated in the future. A reset set so lands just before
    /// the changes set so, keeping the order in which they must have happened. `reference` is
    /// the later of this device's clock and the newest time the receiver already holds.
    /// Returns how many times were set.
    pub fn clamp_future(&mut self, reference: u64) -> usize {
        let limit = reference.saturating_add(CLOCK_ALLOWANCE_MS);
        let mut clamped = 0;
        let mut clamp = |t: &mut u64, to: u64| {
            if *t > limit {
                *t = to;
                clamped += 1;
            }
        };
        clamp(&mut self.cleared_at, reference);
        clamp(&mut self.roles_updated, reference.saturating_add(1));
        for a in self.assessments.values_mut() {
            clamp(&mut a.updated, reference.saturating_add(1));
        }
        for c in self.choices.values_mut() {
            clamp(&mut c.updated, reference.saturating_add(1));
        }
        clamped
    }

    /// Distrusts these times as coming from outside on their way into `receiver` at `now`:
    /// [`Progress::clamp_future`] with the later of the clock and the receiver's newest time.
    pub fn clamp_for(&mut self, receiver: &Progress, now: u64) -> usize {
        self.clamp_future(now.max(receiver.latest_time()))
    }
}

/// The role choice with its time, ordered so that the later choice wins and equal times are
/// settled by content (never by which side merges into which).
fn roles_of(p: &Progress) -> (u64, &Option<String>, &Option<String>) {
    (p.roles_updated, &p.current_role, &p.target_role)
}

/// Newer wins; on equal times the larger content wins, so merge order never matters.
fn newer(a: &Assessment, b: &Assessment) -> bool {
    (a.updated, content(a)) > (b.updated, content(b))
}

/// The content of an assessment without its time, as a comparable value.
pub(crate) fn content(a: &Assessment) -> (Option<Rating>, Option<(&str, &str)>) {
    (
        a.rating,
        a.evidence
            .as_ref()
            .map(|e| (e.text.as_str(), e.date.as_str())),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::with_ratings as with;
    use crate::progress::Evidence;

    #[test]
    fn merge_keeps_the_newer_side_of_each_expectation() {
        let mut mine = with(&[
            ("x", Some(Rating::NotYet), 10),
            ("y", Some(Rating::RoleModel), 50),
        ]);
        let theirs = with(&[
            ("x", Some(Rating::Consistently), 20),
            ("y", Some(Rating::Developing), 40),
            ("z", Some(Rating::Developing), 5),
        ]);
        mine.merge(&theirs);
        assert_eq!(mine.rating("x"), Some(Rating::Consistently));
        assert_eq!(mine.rating("y"), Some(Rating::RoleModel));
        assert_eq!(mine.rating("z"), Some(Rating::Developing));
    }

    #[test]
    fn ties_are_settled_by_content_for_ratings_and_roles() {
        let mut a = with(&[("x", Some(Rating::NotYet), 10)]);
        a.set_roles(Some("a".into()), None, 7);
        let mut b = with(&[("x", Some(Rating::Developing), 10)]);
        b.set_roles(Some("b".into()), None, 7);
        let mut ab = a.clone();
        ab.merge(&b);
        let mut ba = b.clone();
        ba.merge(&a);
        assert_eq!(ab, ba);
        assert_eq!(ab.current_role.as_deref(), Some("b"));
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
        let mut undone = Progress::restored(&mine, 200);
        undone.merge(&replaced);
        assert_eq!(undone.rating("x"), Some(Rating::Developing));
        assert_eq!(undone.rating("y"), None, "{undone:?}");
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
    fn future_times_from_outside_are_set_to_the_reference() {
        let now = 1_000_000_000;
        let mut link = with(&[
            ("x", Some(Rating::RoleModel), now + CLOCK_ALLOWANCE_MS + 1),
            ("y", Some(Rating::Developing), now + 1000),
        ]);
        link.cleared_at = u64::MAX;
        link.roles_updated = now * 10;
        assert_eq!(link.clamp_future(now), 3);
        assert_eq!(link.assessments["x"].updated, now + 1);
        assert_eq!(
            link.assessments["y"].updated,
            now + 1000,
            "within the allowance"
        );
        assert_eq!((link.cleared_at, link.roles_updated), (now, now + 1));
        // What the link holds survives its own reset.
        let mut merged = Progress::default();
        merged.merge(&link);
        assert_eq!(merged.rating("x"), Some(Rating::RoleModel));
    }

    #[test]
    fn a_link_dated_in_the_future_cannot_erase_later_changes() {
        let now = 1_000_000_000;
        let mut mine = with(&[("x", Some(Rating::Consistently), now - 10)]);
        let mut link = Progress {
            cleared_at: now * 2,
            ..Progress::default()
        };
        link.clamp_future(mine.next_stamp(now));
        mine.merge(&link);
        // The clamped reset still clears what came before it (the preview says so), but a
        // change made afterwards is stamped after it and stays.
        let t = mine.next_stamp(now + 1);
        mine.set_rating("y", Some(Rating::Developing), t);
        let mut stored = mine.clone();
        stored.merge(&link);
        assert_eq!(stored.rating("y"), Some(Rating::Developing));
    }

    #[test]
    fn own_changes_win_even_when_stored_times_run_ahead_of_the_clock() {
        let clock = 1_000;
        let stored = with(&[("x", Some(Rating::RoleModel), 90_000)]);
        let mut mine = stored.clone();
        let t = mine.next_stamp(clock);
        mine.set_rating("x", Some(Rating::NotYet), t);
        mine.merge(&stored);
        assert_eq!(mine.rating("x"), Some(Rating::NotYet));
    }

    #[test]
    fn evidence_content_settles_ties_too() {
        let mut a = Progress::default();
        a.set_evidence(
            "x",
            Evidence {
                text: "a".into(),
                date: String::new(),
            },
            5,
        );
        let mut b = Progress::default();
        b.set_evidence(
            "x",
            Evidence {
                text: "b".into(),
                date: String::new(),
            },
            5,
        );
        let mut ab = a.clone();
        ab.merge(&b);
        let mut ba = b;
        ba.merge(&a);
        assert_eq!(ab, ba);
    }
}
