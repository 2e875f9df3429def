//! Reading the progress saved in this browser, split out of the first load: its code (the
//! stored format, its migrations and JSON) is a wasm file of its own, fetched only when there
//! is something saved to read, so someone opening Rungs for the first time never downloads it.
//!
//! Views that read or change progress open only once it has been read
//! ([`saved_progress_read`]), so nothing can be changed, and saved over the stored record,
//! before it is in the store.

use super::{health_of, now, ProgressStore, Recovered};
use crate::progress::{schema, sync};
use crate::storage::{self, PROGRESS_KEY};
use futures::future::{FutureExt, LocalBoxFuture, Shared};
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use std::cell::RefCell;

/// The code that reads saved progress could not be fetched (offline before it was ever
/// loaded, or a new deployment replaced the files).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotRead;

impl From<SplitLoaderError> for NotRead {
    fn from(_: SplitLoaderError) -> Self {
        NotRead
    }
}

type Reading = Shared<LocalBoxFuture<'static, Result<(), NotRead>>>;

thread_local! {
    // One reading per page load, awaited by every view that needs it.
    static READING: RefCell<Option<Reading>> = const { RefCell::new(None) };
}

/// Where stored text comes from.
#[derive(Debug, Clone, Copy)]
enum Stored {
    /// What this browser held when the page opened.
    AtStart,
    /// Another tab has just saved it.
    OtherTab,
}

/// Starts reading what is stored. With nothing stored, or storage unavailable, there is
/// nothing to fetch and the progress is read at once.
pub(super) fn start(store: ProgressStore) {
    let reading: LocalBoxFuture<'static, Result<(), NotRead>> = match storage::read(PROGRESS_KEY) {
        Err(e) => {
            store.health.set(health_of(&e));
            futures::future::ready(Ok(())).boxed_local()
        }
        Ok(None) => futures::future::ready(Ok(())).boxed_local(),
        Ok(Some(raw)) => take_in(store, raw, Stored::AtStart).boxed_local(),
    };
    let reading = reading.shared();
    READING.with(|r| *r.borrow_mut() = Some(reading.clone()));
    // Driven here, so the store fills even while no view waits for it (the catalogue).
    leptos::task::spawn_local(async move {
        if reading.await.is_err() {
            store.health.set(super::Health::NotRead);
        }
    });
}

/// Takes in what another tab saved (its newer changes; ours stay where they are newer).
pub(super) fn from_other_tab(store: ProgressStore, raw: String) {
    leptos::task::spawn_local(async move {
        let _ = take_in(store, raw, Stored::OtherTab).await;
    });
}

/// Resolves once the saved progress is in the store (at once when nothing was saved).
pub async fn saved_progress_read() -> Result<(), NotRead> {
    match READING.with(|r| r.borrow().clone()) {
        Some(reading) => reading.await,
        None => Ok(()),
    }
}

#[wasm_split(progress_reader, wasm_split_path = ::leptos::wasm_split, fallible)]
fn take_in(store: ProgressStore, raw: String, from: Stored) -> Result<(), NotRead> {
    match from {
        Stored::AtStart => read_at_start(store, raw),
        Stored::OtherTab => {
            let theirs = store
                .progress
                .with_untracked(|mine| sync::from_other_tab(mine, &raw, now()));
            if let Some(theirs) = theirs {
                store.progress.update(|p| p.merge(&theirs));
            }
        }
    }
    Ok(())
}

/// Unreadable data is backed up (never overwritten) and reported.
fn read_at_start(store: ProgressStore, raw: String) {
    match schema::parse(&raw) {
        // Merged, not set: a change another tab saved meanwhile may already be in the store.
        Ok(p) => store.progress.update(|mine| mine.merge(&p)),
        Err(problem) => {
            let backup_key = storage::backup(&raw).ok();
            store.recovered.set(Some(Recovered {
                problem: problem.to_string(),
                backup_key,
                raw,
            }));
        }
    }
}
