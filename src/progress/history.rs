//! Progress over time: dated snapshots of the score per role and per competency, one per day on
//! which the scores changed, kept within a bounded size. Pure: the date and time are passed in,
//! storage lives in `crate::storage` (its own key, so the catalogue never reads it).
//!
//! Stored as `{"format":"rungs-history","version":1,"snapshots":[…]}`; an export file carries the
//! same list under `"history"`, next to `"progress"`.

pub mod since;
pub mod trend;

use super::expectations::Expectation;
use super::limits::MAX_ID_CHARS;
use super::score::{by_group, Score};
use super::Progress;
use serde::{Deserialize, Serialize};

pub const FORMAT: &str = "rungs-history";
pub const VERSION: u32 = 1;
/// The newest snapshots are kept one per day; older ones one per month (the month's last).
pub const KEEP_DAILY: usize = 62;
/// At most this many snapshots are kept (about five years of monthly ones past the daily ones).
pub const MAX_SNAPSHOTS: usize = 120;
/// Names of competencies longer than this are refused when read (they come from data files).
const MAX_NAME_CHARS: usize = 500;

/// Counts of a role's (or a competency's) expectations: total, met, developing, not yet.
/// Stored as a four-number array to keep a year of snapshots small.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Counts(pub [u32; 4]);

impl Counts {
    pub fn total(&self) -> u32 {
        self.0[0]
    }
    pub fn met(&self) -> u32 {
        self.0[1]
    }
    pub fn developing(&self) -> u32 {
        self.0[2]
    }
    pub fn not_yet(&self) -> u32 {
        self.0[3]
    }
    /// Share met, 0–100, rounded down (as [`Score::percent_met`]).
    pub fn percent_met(&self) -> u32 {
        (self.met() * 100).checked_div(self.total()).unwrap_or(0)
    }
    fn is_consistent(&self) -> bool {
        self.met() as u64 + self.developing() as u64 + self.not_yet() as u64 <= self.total() as u64
    }
}

impl From<Score> for Counts {
    fn from(s: Score) -> Counts {
        let n = |v: usize| u32::try_from(v).unwrap_or(u32::MAX);
        Counts([n(s.total), n(s.met), n(s.developing), n(s.not_yet)])
    }
}

/// One role's scores on one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleSnapshot {
    pub role: String,
    pub score: Counts,
    /// Per competency, in page order.
    #[serde(default)]
    pub groups: Vec<(String, Counts)>,
}

/// The scores of the roles the person tracked (current and target) at the end of one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    /// Local date, YYYY-MM-DD.
    pub date: String,
    /// When it was taken (ms since the Unix epoch): the later of two for one date wins a merge.
    pub taken: u64,
    pub roles: Vec<RoleSnapshot>,
}

impl Snapshot {
    /// The scores of `roles` (id and expectations) against `progress`, as of `date`.
    pub fn of(
        progress: &Progress,
        date: &str,
        taken: u64,
        roles: &[(&str, &[Expectation])],
    ) -> Snapshot {
        let roles = roles
            .iter()
            .map(|(id, expectations)| RoleSnapshot {
                role: id.to_string(),
                score: Score::of(progress, expectations.iter()).into(),
                groups: by_group(progress, expectations)
                    .into_iter()
                    .map(|(g, s)| (g.to_string(), s.into()))
                    .collect(),
            })
            .collect();
        Snapshot {
            date: date.into(),
            taken,
            roles,
        }
    }

    pub fn role(&self, id: &str) -> Option<&RoleSnapshot> {
        self.roles.iter().find(|r| r.role == id)
    }
}

/// Every snapshot kept, oldest first, at most one per date.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct History {
    snapshots: Vec<Snapshot>,
}

#[derive(Serialize, Deserialize)]
struct Stored {
    format: String,
    version: u32,
    snapshots: Vec<Snapshot>,
}

/// Whether `date` reads as YYYY-MM-DD with a plausible month and day.
pub fn is_date(date: &str) -> bool {
    day_number(date).is_some()
}

/// Days since 1970-01-01 of a YYYY-MM-DD date, for spacing a chart by time.
pub fn day_number(date: &str) -> Option<i64> {
    let b = date.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |s: &str| s.parse::<i64>().ok();
    let (y, m, d) = (num(&date[0..4])?, num(&date[5..7])?, num(&date[8..10])?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) || !date.is_ascii() {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The YYYY-MM-DD date of a day number (see [`day_number`]).
pub fn date_of_day(days: i64) -> String {
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

impl History {
    /// A history of `snapshots`, each checked as when read from storage.
    pub fn from_snapshots(snapshots: Vec<Snapshot>) -> Result<History, String> {
        History::checked(snapshots)
    }

    pub fn snapshots(&self) -> &[Snapshot] {
        &self.snapshots
    }

    pub fn is_empty(&self) -> bool {
        self.snapshots.is_empty()
    }

    /// The snapshot of `date`, or else the latest one before it.
    pub fn at(&self, date: &str) -> Option<&Snapshot> {
        self.snapshots
            .iter()
            .rev()
            .find(|s| s.date.as_str() <= date)
    }

    /// Records the scores as they are now. A day whose scores equal the previous day's is not
    /// kept (nothing changed since then); a later snapshot of the same day replaces the earlier.
    /// Returns whether anything changed.
    pub fn record(&mut self, snapshot: Snapshot) -> bool {
        let before = self.snapshots.clone();
        let unchanged = self
            .snapshots
            .iter()
            .rev()
            .find(|s| s.date < snapshot.date)
            .is_some_and(|prev| prev.roles == snapshot.roles);
        if unchanged {
            self.snapshots.retain(|s| s.date != snapshot.date);
        } else {
            self.insert(snapshot);
        }
        self.thin();
        self.snapshots != before
    }

    /// Takes in another history (another tab, an imported file): every date either has is kept;
    /// for a date both have, the later snapshot wins.
    pub fn merge(&mut self, other: &History) {
        for s in &other.snapshots {
            self.insert(s.clone());
        }
        self.thin();
    }

    fn insert(&mut self, snapshot: Snapshot) {
        match self
            .snapshots
            .binary_search_by(|s| s.date.as_str().cmp(&snapshot.date))
        {
            Ok(i) if self.snapshots[i].taken <= snapshot.taken => self.snapshots[i] = snapshot,
            Ok(_) => {}
            Err(i) => self.snapshots.insert(i, snapshot),
        }
    }

    /// Keeps the size bounded: the newest [`KEEP_DAILY`] as they are, older ones only the last
    /// of each month, and never more than [`MAX_SNAPSHOTS`] (the oldest go first).
    fn thin(&mut self) {
        let daily_from = self.snapshots.len().saturating_sub(KEEP_DAILY);
        let month = |s: &Snapshot| s.date[..7].to_string();
        let mut kept: Vec<Snapshot> = Vec::with_capacity(self.snapshots.len());
        for (i, s) in self.snapshots.drain(..).enumerate() {
            if i < daily_from {
                // A later snapshot of the same month replaces this one.
                if kept.last().is_some_and(|k| month(k) == month(&s)) {
                    kept.pop();
                }
            }
            kept.push(s);
        }
        let over = kept.len().saturating_sub(MAX_SNAPSHOTS);
        kept.drain(..over);
        self.snapshots = kept;
    }

    /// The JSON kept in localStorage.
    pub fn to_storage(&self) -> String {
        serde_json::to_string(&Stored {
            format: FORMAT.into(),
            version: VERSION,
            snapshots: self.snapshots.clone(),
        })
        .unwrap_or_default()
    }

    /// The snapshots as a JSON value, for an export file's `"history"`.
    pub fn to_value(&self) -> serde_json::Value {
        serde_json::to_value(&self.snapshots).unwrap_or_default()
    }

    /// Reads a stored history, checking every snapshot.
    pub fn parse(text: &str) -> Result<History, String> {
        let stored: Stored =
            serde_json::from_str(text).map_err(|e| format!("it is not a history ({e})"))?;
        if stored.format != FORMAT {
            return Err(format!(
                "it is not a Rungs history (no \"format\": \"{FORMAT}\")"
            ));
        }
        if stored.version != VERSION {
            return Err(format!("its history version {} is unknown", stored.version));
        }
        History::checked(stored.snapshots)
    }

    /// The history in an export file (its `"history"` field), if it has one.
    pub fn from_export(text: &str) -> Result<Option<History>, String> {
        #[derive(Deserialize)]
        struct WithHistory {
            #[serde(default)]
            history: Option<Vec<Snapshot>>,
        }
        let file: WithHistory =
            serde_json::from_str(text).map_err(|e| format!("its history cannot be read ({e})"))?;
        file.history.map(History::checked).transpose()
    }

    fn checked(snapshots: Vec<Snapshot>) -> Result<History, String> {
        let mut history = History::default();
        for s in snapshots {
            if !is_date(&s.date) {
                return Err(format!("the history date “{}” is not YYYY-MM-DD", s.date));
            }
            for r in &s.roles {
                let names_ok = !r.role.is_empty()
                    && r.role.chars().count() <= MAX_ID_CHARS
                    && r.groups
                        .iter()
                        .all(|(g, _)| g.chars().count() <= MAX_NAME_CHARS);
                let counts_ok =
                    r.score.is_consistent() && r.groups.iter().all(|(_, c)| c.is_consistent());
                if !names_ok || !counts_ok {
                    return Err(format!(
                        "the history of {} has a role with a bad name or counts",
                        s.date
                    ));
                }
            }
            history.insert(s);
        }
        history.thin();
        Ok(history)
    }
}

#[cfg(test)]
mod tests;
