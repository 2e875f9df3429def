//! Progress over time, kept by the progress store: while a view that changes progress is open
//! (My progress, a review reply), every change of progress records the scores of the roles the
//! person tracks as today's snapshot (see `crate::progress::history`). Recording lives with
//! those views, not in `change`, so its code stays out of the first load; a change made
//! elsewhere (undo from a notice, another tab) is recorded when such a view next opens.
//! The history has its own storage key and is read only where it is shown.

use super::{now, ProgressStore};
use crate::data::framework;
use crate::files::today;
use crate::progress::history::{History, Snapshot};
use crate::progress::index::role_expectations;
use crate::progress::roles;
use crate::storage::{self, StorageError, HISTORY_BACKUP_KEY, HISTORY_KEY};
use leptos::prelude::*;

/// The stored history; an unreadable one is backed up first (never overwritten unread).
fn read_stored() -> Result<History, StorageError> {
    match storage::read(HISTORY_KEY)? {
        None => Ok(History::default()),
        Some(raw) => match History::parse(&raw) {
            Ok(h) => Ok(h),
            Err(_) => storage::backup_as(HISTORY_BACKUP_KEY, &raw).map(|_| History::default()),
        },
    }
}

impl ProgressStore {
    /// The recorded history (tracked: it changes when a change is recorded, here or in
    /// another tab). Empty where storage is unavailable.
    pub fn history(&self) -> History {
        self.history_changed.track();
        match storage::read(HISTORY_KEY) {
            Ok(Some(raw)) => History::parse(&raw).unwrap_or_default(),
            _ => History::default(),
        }
    }

    /// The scores now of the roles the person tracks (current, then target), as a snapshot.
    pub fn snapshot_now(&self) -> Snapshot {
        let fw = framework();
        self.progress.with_untracked(|p| {
            // `assessed` lists them target first, without repeats.
            let tracked: Vec<_> = roles::assessed(fw, p)
                .into_iter()
                .rev()
                .map(|r| (fw.roles[r].id, role_expectations(r)))
                .collect();
            Snapshot::of(p, &today(), now(), &tracked)
        })
    }

    /// Records today's snapshot whenever progress changes, for as long as the calling view is
    /// open (and once now, for changes made while it was not).
    pub fn record_history_while_open(&self) {
        let store = *self;
        let progress = self.progress;
        Effect::new(move |_| {
            progress.track();
            store.record_history();
        });
    }

    /// Records today's snapshot. A failure here leaves progress as saved (its own health
    /// notice reports storage problems), so it is not reported twice.
    fn record_history(&self) {
        let snapshot = self.snapshot_now();
        if snapshot.roles.is_empty() {
            return;
        }
        let Ok(mut history) = read_stored() else {
            return;
        };
        if history.record(snapshot) && storage::write(HISTORY_KEY, &history.to_storage()).is_ok() {
            self.history_changed.update(|n| *n += 1);
        }
    }

    /// Takes in the history of an imported file: every day either side recorded is kept.
    pub fn merge_history(&self, incoming: &History) {
        let Ok(mut history) = read_stored() else {
            return;
        };
        history.merge(incoming);
        if storage::write(HISTORY_KEY, &history.to_storage()).is_ok() {
            self.history_changed.update(|n| *n += 1);
        }
    }
}
