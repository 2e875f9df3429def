//! App-wide notices about the user's stored progress: storage unavailable, a failed save,
//! stored data that could not be read (with its backup to download), and undo after a reset.

use crate::components::notice::{Notice, Tone};
use crate::files;
use crate::store::{use_store, Health};
use leptos::prelude::*;

#[component]
pub fn StorageNotices() -> impl IntoView {
    let store = use_store();
    let download_error = RwSignal::new(None::<String>);
    view! {
        {move || match store.health().get() {
            Health::Saved => None,
            Health::NotKept(why) => {
                Some(
                    view! {
                        <Notice tone=Tone::Warning>
                            <p data-testid="storage-unavailable">
                                <strong>"Your progress will not be kept past this tab. "</strong>
                                "Rungs works, but "
                                {why}
                                ". Use “Copy link” or “Export file” on the progress page to keep it."
                            </p>
                        </Notice>
                    }
                        .into_any(),
                )
            }
            Health::SaveFailed(why) => {
                Some(
                    view! {
                        <Notice tone=Tone::Error>
                            <p data-testid="save-failed">
                                <strong>"Your last change could not be saved: "</strong>
                                {why}
                                "."
                            </p>
                            <p>
                                "It is still here on screen. Export your progress or copy its link so it is not lost, then free some space."
                            </p>
                        </Notice>
                    }
                        .into_any(),
                )
            }
            Health::NotRead => {
                Some(
                    view! {
                        <Notice tone=Tone::Warning>
                            <p data-testid="progress-not-read">
                                <strong>
                                    "Your saved progress could not be opened just now. "
                                </strong>
                                "It is still saved in this browser. Part of Rungs could not be loaded (you may be offline, or a new version has been published): reload the page to see your progress."
                            </p>
                        </Notice>
                    }
                        .into_any(),
                )
            }
        }}
        {move || {
            store
                .recovered()
                .get()
                .map(|r| {
                    let raw = r.raw.clone();
                    view! {
                        <Notice
                            tone=Tone::Warning
                            on_dismiss=Callback::new(move |_| store.dismiss_recovered())
                        >
                            <p data-testid="recovered">
                                <strong>"Your saved progress could not be read: "</strong>
                                {r.problem.clone()}
                                "."
                            </p>
                            <p>
                                {match &r.backup_key {
                                    Some(key) => {
                                        format!(
                                            "It is kept unchanged in this browser under “{key}”. Download it to keep a copy; you can start afresh meanwhile.",
                                        )
                                    }
                                    None => {
                                        "It could not be backed up in this browser: download it now to keep a copy."
                                            .to_string()
                                    }
                                }}
                            </p>
                            <button
                                type="button"
                                id="download-backup"
                                on:click=move |_| {
                                    if let Err(e) = files::download(
                                        "rungs-progress-backup.json",
                                        "application/json",
                                        &raw,
                                    ) {
                                        download_error.set(Some(e));
                                    }
                                }
                            >
                                "Download the saved data"
                            </button>
                            {move || {
                                download_error
                                    .get()
                                    .map(|e| view! { <p>"Download failed: " {e}</p> })
                            }}
                        </Notice>
                    }
                })
        }}
        {move || {
            store
                .undo_offer()
                .get()
                .map(|u| {
                    view! {
                        <Notice
                            tone=Tone::Info
                            on_dismiss=Callback::new(move |_| store.dismiss_undo())
                        >
                            <p data-testid="undo">
                                "Your progress was " {u.what} ". "
                                <button
                                    type="button"
                                    id="undo-reset"
                                    class="primary"
                                    on:click=move |_| store.undo()
                                >
                                    "Undo"
                                </button>
                            </p>
                        </Notice>
                    }
                })
        }}
    }
}
