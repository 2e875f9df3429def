//! One owner for a small record kept in localStorage apart from progress (the reviewer's desk,
//! the person's kept replies): read once when its view opens, written after every change. An
//! unreadable record is backed up under `<key>.backup` before anything replaces it, and the
//! view says so.

use crate::progress::review::saved::{Desk, Kept};
use crate::storage;
use leptos::prelude::*;

/// A record with its own storage key and JSON form.
pub trait Persisted: Clone + Default + PartialEq + Send + Sync + 'static {
    const KEY: &'static str;
    fn parse(text: &str) -> Result<Self, String>;
    fn to_storage(&self) -> String;
}

impl Persisted for Desk {
    const KEY: &'static str = "rungs.reviews";
    fn parse(text: &str) -> Result<Self, String> {
        Desk::parse(text)
    }
    fn to_storage(&self) -> String {
        Desk::to_storage(self)
    }
}

impl Persisted for Kept {
    const KEY: &'static str = "rungs.replies";
    fn parse(text: &str) -> Result<Self, String> {
        Kept::parse(text)
    }
    fn to_storage(&self) -> String {
        Kept::to_storage(self)
    }
}

/// The owner of a [`Persisted`] record. Provided by the view that shows it; get it with
/// [`use_saved`].
pub struct Saved<T: Persisted> {
    value: RwSignal<T>,
    problem: RwSignal<Option<String>>,
}

impl<T: Persisted> Clone for Saved<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Persisted> Copy for Saved<T> {}

/// The record provided by the current view. Panics when it was not provided (a wiring mistake).
pub fn use_saved<T: Persisted>() -> Saved<T> {
    expect_context::<Saved<T>>()
}

impl<T: Persisted> Saved<T> {
    /// Reads the record and provides its owner as context.
    pub fn provide() -> Saved<T> {
        let (value, problem) = match storage::read(T::KEY) {
            Err(e) => (T::default(), Some(format!("It cannot be kept: {e}."))),
            Ok(None) => (T::default(), None),
            Ok(Some(raw)) => match T::parse(&raw) {
                Ok(v) => (v, None),
                Err(why) => {
                    let backup = format!("{}.backup", T::KEY);
                    let kept = storage::backup_as(&backup, &raw)
                        .map(|key| format!("it was kept under “{key}”"))
                        .unwrap_or_else(|e| format!("it could not be backed up ({e})"));
                    (
                        T::default(),
                        Some(format!("What was saved could not be read ({why}); {kept}.")),
                    )
                }
            },
        };
        let saved = Saved {
            value: RwSignal::new(value),
            problem: RwSignal::new(problem),
        };
        provide_context(saved);
        saved
    }

    pub fn get(&self) -> ReadSignal<T> {
        self.value.read_only()
    }

    /// Why the record is not (fully) kept, if it is not.
    pub fn problem(&self) -> ReadSignal<Option<String>> {
        self.problem.read_only()
    }

    /// Changes the record and saves it.
    pub fn change(&self, change: impl FnOnce(&mut T)) {
        self.value.update(change);
        let text = self.value.with_untracked(T::to_storage);
        match storage::write(T::KEY, &text) {
            Ok(()) => self.problem.set(None),
            Err(e) => self
                .problem
                .set(Some(format!("The last change could not be saved: {e}."))),
        }
    }
}
