//! The user's progress as app state, with one owner: [`ProgressStore`]. Components read it
//! through read-only signals and change it only through the store's methods, which stamp each
//! change, save it, keep other tabs in step and offer undo. The decisions themselves (merging,
//! distrusting times, what a save writes) are pure functions in `crate::progress`.

use crate::data::{framework, RoleIx};
use crate::progress::changes::{Changes, Incoming};
use crate::progress::index::{index, role_expectations};
use crate::progress::limits::evidence_problem;
use crate::progress::roles::{self, Which};
use crate::progress::score::Score;
use crate::progress::{schema, sync, Evidence, Progress, Rating};
use crate::storage::{self, StorageError, PROGRESS_KEY};
use leptos::prelude::*;

mod history;
pub mod reading;
pub mod saved;

/// Whether progress is being kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Health {
    /// Saved in this browser.
    Saved,
    /// Storage is unavailable: progress lives only in this tab.
    NotKept(String),
    /// The last save failed; what is on screen is newer than what is stored.
    SaveFailed(String),
    /// The code that reads saved progress could not be fetched: the saved progress is kept
    /// but not shown, and views that change it do not open.
    NotRead,
}

/// Stored progress that could not be read at start-up, kept for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recovered {
    pub problem: String,
    /// Where the raw text was backed up, if storage allowed it.
    pub backup_key: Option<String>,
    pub raw: String,
}

/// What a reset, merge or replace changed, for "undo".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Undo {
    pub before: Progress,
    /// What happened, for the notice: "cleared", "merged with the imported progress", …
    pub what: &'static str,
}

/// The owner of the user's progress. Provided once by [`ProgressStore::provide`]; get it with
/// [`use_store`].
#[derive(Clone, Copy)]
pub struct ProgressStore {
    progress: RwSignal<Progress>,
    health: RwSignal<Health>,
    recovered: RwSignal<Option<Recovered>>,
    undo: RwSignal<Option<Undo>>,
    /// Bumped whenever the stored history changes (here or in another tab).
    history_changed: RwSignal<u64>,
}

/// The store provided by the app. Panics when it was not provided: a wiring mistake that must
/// show at once, not degrade into a page without progress.
pub fn use_store() -> ProgressStore {
    expect_context::<ProgressStore>()
}

fn now() -> u64 {
    js_sys::Date::now() as u64
}

fn health_of(e: &StorageError) -> Health {
    match e {
        StorageError::Unavailable(_) => Health::NotKept(e.to_string()),
        _ => Health::SaveFailed(e.to_string()),
    }
}

impl ProgressStore {
    /// Provides the store as context, starts reading saved progress (see [`reading`]), and
    /// listens for changes from other tabs.
    pub fn provide() -> ProgressStore {
        let store = ProgressStore {
            progress: RwSignal::new(Progress::default()),
            health: RwSignal::new(Health::Saved),
            recovered: RwSignal::new(None),
            undo: RwSignal::new(None),
            history_changed: RwSignal::new(0),
        };
        provide_context(store);
        reading::start(store);
        let handle = window_event_listener(leptos::ev::storage, move |ev| {
            if ev.key().as_deref() == Some(storage::HISTORY_KEY) {
                store.history_changed.update(|n| *n += 1);
            }
            if ev.key().as_deref() != Some(PROGRESS_KEY) {
                return;
            }
            if let Some(raw) = ev.new_value() {
                reading::from_other_tab(store, raw);
            }
        });
        on_cleanup(move || handle.remove());
        store
    }

    /// The user's progress, read-only.
    pub fn progress(&self) -> ReadSignal<Progress> {
        self.progress.read_only()
    }

    pub fn health(&self) -> ReadSignal<Health> {
        self.health.read_only()
    }

    /// Stored progress that could not be read at start-up.
    pub fn recovered(&self) -> ReadSignal<Option<Recovered>> {
        self.recovered.read_only()
    }

    /// The last reset, merge or replace, while it can still be undone.
    pub fn undo_offer(&self) -> ReadSignal<Option<Undo>> {
        self.undo.read_only()
    }

    /// Whether there is anything to tell about stored progress (see `StorageNotices`).
    pub fn has_notice(&self) -> bool {
        self.health.with(|h| *h != Health::Saved)
            || self.recovered.with(Option::is_some)
            || self.undo.with(Option::is_some)
    }

    /// The score of a role against the user's progress (tracked).
    pub fn score(&self, role: RoleIx) -> Score {
        self.progress
            .with(|p| Score::of(p, role_expectations(role)))
    }

    /// Chooses (or un-chooses) a competency of an optional group (a specialism).
    pub fn choose(&self, group: &str, code: &str, on: bool) {
        self.change(|p, now| p.choose(group, code, on, now));
    }

    /// Keeps the rating a statement had under its earlier wording (see `progress::reworded`).
    pub fn keep_earlier(&self, key: &str, from_key: &str) {
        self.change(|p, now| p.keep_earlier(key, from_key, now));
    }

    pub fn set_rating(&self, key: &str, rating: Option<Rating>) {
        self.change(|p, t| p.set_rating(key, rating, t));
    }

    /// Saves an evidence note, or says why it cannot be saved (nothing changes then).
    pub fn set_evidence(&self, key: &str, evidence: Evidence) -> Result<(), String> {
        if let Some(problem) = evidence_problem(&evidence.text) {
            return Err(problem);
        }
        self.change(|p, t| p.set_evidence(key, evidence, t));
        Ok(())
    }

    /// Chooses the current or the target role (`""`: none / the next level).
    pub fn choose_role(&self, which: Which, id: &str) {
        self.change(|p, t| {
            let (current, target) = roles::choose(p, which, id);
            p.set_roles(current, target, t);
        });
    }

    /// Takes progress from a link or a file, ready for a preview: future times distrusted,
    /// unknown roles and expectations named.
    pub fn accept(&self, incoming: Progress) -> Incoming {
        let fw = framework();
        self.progress.with_untracked(|mine| {
            Incoming::accept(
                incoming,
                mine,
                now(),
                |id| fw.role_by_id(id).is_some(),
                |key| index().knows(key),
            )
        })
    }

    /// Merges incoming progress into the user's; can be undone right after.
    pub fn merge_in(&self, incoming: &Incoming) {
        self.change_with_undo("merged with the imported progress", |p, _| {
            incoming.merged_into(p)
        });
    }

    /// Replaces the user's progress with incoming progress, stamped as newer than anything
    /// stored so other tabs take it too; can be undone right after.
    pub fn replace_with(&self, incoming: &Incoming) {
        self.change_with_undo("replaced by the imported progress", |p, t| {
            incoming.replacing(p, t)
        });
    }

    /// Clears everything; can be undone right after.
    pub fn reset(&self) {
        self.change_with_undo("cleared", |p, t| {
            let mut cleared = p.clone();
            cleared.reset(t);
            cleared
        });
    }

    /// Brings back the progress from before the last reset, merge or replace.
    pub fn undo(&self) {
        if let Some(u) = self.undo.get_untracked() {
            self.change(|p, t| *p = Progress::restored(&u.before, t));
            self.undo.set(None);
        }
    }

    pub fn dismiss_undo(&self) {
        self.undo.set(None);
    }

    pub fn dismiss_recovered(&self) {
        self.recovered.set(None);
    }

    /// Applies a change stamped after everything the progress holds, then saves.
    fn change(&self, change: impl FnOnce(&mut Progress, u64)) {
        let clock = now();
        self.progress.update(|p| {
            let t = p.next_stamp(clock);
            change(p, t);
        });
        self.save();
    }

    /// Replaces the progress with `next(current, stamp)`, offering undo if anything changed.
    fn change_with_undo(&self, what: &'static str, next: impl FnOnce(&Progress, u64) -> Progress) {
        let mut before = None;
        self.change(|p, t| {
            let after = next(p, t);
            if !Changes::between(p, &after).is_empty() {
                before = Some(p.clone());
            }
            *p = after;
        });
        self.undo.set(before.map(|before| Undo { before, what }));
    }

    /// Saves, first merging what is stored, so a newer change from another tab is kept.
    fn save(&self) {
        let stored = match storage::read(PROGRESS_KEY) {
            Ok(stored) => stored,
            Err(e) => {
                self.health.set(health_of(&e));
                return;
            }
        };
        let decision = self
            .progress
            .with_untracked(|p| sync::decide(p, stored.as_deref(), now()));
        if let (true, Some(raw)) = (decision.backup_first, &stored) {
            // Unreadable now (written by something else): keep a copy before replacing it.
            if let Err(e) = storage::backup(raw) {
                self.health.set(health_of(&e));
                return;
            }
        }
        if self
            .progress
            .with_untracked(|current| current != &decision.progress)
        {
            self.progress.set(decision.progress.clone());
        }
        match storage::write(PROGRESS_KEY, &schema::to_storage(&decision.progress)) {
            Ok(()) => self.health.set(Health::Saved),
            Err(e) => self.health.set(health_of(&e)),
        }
    }
}
