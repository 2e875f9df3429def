//! The user's progress as app state: loaded once, saved on every change, kept in step with
//! other tabs, and never silently lost. All storage goes through `crate::storage`.

use crate::data::{framework, RoleIx};
use crate::progress::expectations::{self, Expectation};
use crate::progress::schema;
use crate::progress::score::Score;
use crate::progress::Progress;
use crate::storage::{self, StorageError, PROGRESS_KEY};
use leptos::prelude::*;
use std::sync::OnceLock;

/// Whether progress is being kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Health {
    /// Saved in this browser.
    Saved,
    /// Storage is unavailable: progress lives only in this tab.
    NotKept(String),
    /// The last save failed; what is on screen is newer than what is stored.
    SaveFailed(String),
}

/// Stored progress that could not be read at start-up, kept for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recovered {
    pub problem: String,
    /// Where the raw text was backed up, if storage allowed it.
    pub backup_key: Option<String>,
    pub raw: String,
}

/// What a reset or replace removed, for "undo".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Undo {
    pub before: Progress,
    /// What happened, for the notice: "cleared" or "replaced by the imported progress".
    pub what: &'static str,
}

#[derive(Clone, Copy)]
pub struct ProgressStore {
    pub progress: RwSignal<Progress>,
    pub health: RwSignal<Health>,
    pub recovered: RwSignal<Option<Recovered>>,
    pub undo: RwSignal<Option<Undo>>,
}

pub fn now() -> u64 {
    js_sys::Date::now() as u64
}

/// Every role's expectations, computed once.
pub fn role_expectations(role: RoleIx) -> &'static [Expectation] {
    static ALL: OnceLock<Vec<Vec<Expectation>>> = OnceLock::new();
    let all = ALL.get_or_init(|| {
        let fw = framework();
        fw.roles
            .iter()
            .map(|r| expectations::for_role(fw, r))
            .collect()
    });
    all.get(role).map(Vec::as_slice).unwrap_or(&[])
}

/// The expectation a key belongs to, in any role (for describing imported progress).
pub fn expectation_by_key(key: &str) -> Option<&'static Expectation> {
    (0..framework().roles.len())
        .flat_map(role_expectations)
        .find(|e| e.key == key)
}

fn health_of(e: &StorageError) -> Health {
    match e {
        StorageError::Unavailable(_) => Health::NotKept(e.to_string()),
        _ => Health::SaveFailed(e.to_string()),
    }
}

/// Reads stored progress. Unreadable data is backed up (never overwritten) and reported.
fn load() -> (Progress, Health, Option<Recovered>) {
    match storage::read(PROGRESS_KEY) {
        Err(e) => (Progress::default(), health_of(&e), None),
        Ok(None) => (Progress::default(), Health::Saved, None),
        Ok(Some(raw)) => match schema::parse(&raw) {
            Ok(p) => (p, Health::Saved, None),
            Err(problem) => {
                let backup_key = storage::backup(&raw).ok();
                let recovered = Recovered {
                    problem: problem.to_string(),
                    backup_key,
                    raw,
                };
                (Progress::default(), Health::Saved, Some(recovered))
            }
        },
    }
}

impl ProgressStore {
    /// Loads progress, listens for changes from other tabs, and provides the store as context.
    pub fn provide() -> ProgressStore {
        let (progress, health, recovered) = load();
        let store = ProgressStore {
            progress: RwSignal::new(progress),
            health: RwSignal::new(health),
            recovered: RwSignal::new(recovered),
            undo: RwSignal::new(None),
        };
        // Another tab saved: take in its newer changes (ours stay where they are newer).
        let handle = window_event_listener(leptos::ev::storage, move |ev| {
            if ev.key().as_deref() != Some(PROGRESS_KEY) {
                return;
            }
            if let Some(Ok(theirs)) = ev.new_value().map(|raw| schema::parse(&raw)) {
                store.progress.update(|p| p.merge(&theirs));
            }
        });
        on_cleanup(move || handle.remove());
        provide_context(store);
        store
    }

    /// Applies a change (given the current time) and saves.
    pub fn update(&self, change: impl FnOnce(&mut Progress, u64)) {
        let t = now();
        self.progress.update(|p| change(p, t));
        self.save();
    }

    /// Saves, first merging what is stored, so a newer change from another tab is kept.
    pub fn save(&self) {
        let mut p = self.progress.get_untracked();
        match storage::read(PROGRESS_KEY) {
            Err(e) => {
                self.health.set(health_of(&e));
                return;
            }
            Ok(Some(raw)) => match schema::parse(&raw) {
                Ok(stored) => p.merge(&stored),
                // Unreadable now (written by something else): keep a copy before replacing it.
                Err(_) => {
                    if let Err(e) = storage::backup(&raw) {
                        self.health.set(health_of(&e));
                        return;
                    }
                }
            },
            Ok(None) => {}
        }
        if self.progress.with_untracked(|current| current != &p) {
            self.progress.set(p.clone());
        }
        match storage::write(PROGRESS_KEY, &schema::to_storage(&p)) {
            Ok(()) => self.health.set(Health::Saved),
            Err(e) => self.health.set(health_of(&e)),
        }
    }

    /// Merges incoming progress (from a link or a file) into the user's.
    pub fn merge_in(&self, incoming: &Progress) {
        self.update(|p, _| p.merge(incoming));
    }

    /// Replaces the user's progress with incoming progress. Stamped as newer than anything
    /// stored, so other tabs take the replacement rather than reviving the old data.
    /// Like a reset, it can be undone right after.
    pub fn replace_with(&self, incoming: &Progress) {
        let mut undo = None;
        self.update(|p, t| {
            let before = std::mem::replace(p, Progress::restored(incoming, t));
            undo = Some(Undo {
                before,
                what: "replaced by the imported progress",
            });
        });
        self.undo.set(undo);
    }

    pub fn reset(&self) {
        let t = now();
        let mut before = None;
        self.progress.update(|p| before = Some(p.reset(t)));
        if let Some(before) = before {
            self.undo.set(Some(Undo {
                before,
                what: "cleared",
            }));
        }
        self.save();
    }

    pub fn undo_reset(&self) {
        if let Some(u) = self.undo.get_untracked() {
            self.update(|p, t| *p = Progress::restored(&u.before, t));
            self.undo.set(None);
        }
    }

    /// The score of a role against the user's progress.
    pub fn score(&self, role: RoleIx) -> Score {
        self.progress
            .with(|p| Score::of(p, role_expectations(role)))
    }
}

pub fn use_store() -> Option<ProgressStore> {
    use_context::<ProgressStore>()
}
