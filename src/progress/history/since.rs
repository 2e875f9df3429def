//! "What changed since <date>": the scores of a past snapshot against the scores now, per role
//! and per competency, listing only what moved.

use super::{Counts, History, Snapshot};

/// How counts moved, in words: "1 → 3 of 5 met (+2)", "3 of 5 met (no change); rated 3 → 5",
/// "new here: 2 of 4 met".
pub fn describe(before: Option<Counts>, after: Counts) -> String {
    let Some(b) = before else {
        return format!("new here: {} of {} met", after.met(), after.total());
    };
    let rated = |c: Counts| (c.met() + c.developing() + c.not_yet()) as i64;
    let met_delta = after.met() as i64 - b.met() as i64;
    let met = match met_delta {
        0 => format!("{} of {} met (no change)", after.met(), after.total()),
        d => format!(
            "{} → {} of {} met ({}{d})",
            b.met(),
            after.met(),
            after.total(),
            if d > 0 { "+" } else { "" }
        ),
    };
    // Rated counts say more only when they moved other than the met ones did.
    let rated_delta = rated(after) - rated(b);
    match rated_delta == 0 || rated_delta == met_delta {
        true => met,
        false => format!("{met}; rated {} → {}", rated(b), rated(after)),
    }
}

/// How one competency's counts moved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupChange {
    pub name: String,
    /// `None` when the competency was not part of the role then.
    pub before: Option<Counts>,
    pub after: Counts,
}

impl GroupChange {
    /// Expectations met now minus then (negative when ratings went down).
    pub fn met_delta(&self) -> i64 {
        self.after.met() as i64 - self.before.map_or(0, |b| b.met()) as i64
    }
}

/// How one role's score moved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleChange {
    pub role: String,
    /// `None` when the role was not tracked on that date.
    pub before: Option<Counts>,
    pub after: Counts,
    /// Only the competencies whose counts differ.
    pub groups: Vec<GroupChange>,
}

impl RoleChange {
    pub fn met_delta(&self) -> i64 {
        self.after.met() as i64 - self.before.map_or(0, |b| b.met()) as i64
    }
}

impl History {
    /// The dates a person can compare with: every snapshot before today, newest first.
    pub fn earlier_dates(&self, today: &str) -> Vec<&str> {
        self.snapshots()
            .iter()
            .rev()
            .map(|s| s.date.as_str())
            .filter(|d| *d < today)
            .collect()
    }

    /// What changed between the snapshot of `date` (or the latest before it) and `now`, for the
    /// roles tracked now. Empty when nothing moved or nothing was recorded by then.
    pub fn changes_since(&self, date: &str, now: &Snapshot) -> Vec<RoleChange> {
        let Some(then) = self.at(date) else {
            return vec![];
        };
        now.roles
            .iter()
            .filter_map(|after| {
                let before = then.role(&after.role);
                let groups: Vec<GroupChange> = after
                    .groups
                    .iter()
                    .filter_map(|(name, counts)| {
                        let was = before
                            .and_then(|b| b.groups.iter().find(|(n, _)| n == name))
                            .map(|(_, c)| *c);
                        (was != Some(*counts)).then(|| GroupChange {
                            name: name.clone(),
                            before: was,
                            after: *counts,
                        })
                    })
                    .collect();
                let moved = before.map(|b| b.score) != Some(after.score) || !groups.is_empty();
                moved.then(|| RoleChange {
                    role: after.role.clone(),
                    before: before.map(|b| b.score),
                    after: after.score,
                    groups,
                })
            })
            .collect()
    }
}
