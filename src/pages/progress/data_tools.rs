//! Keeping and sharing progress: copy a link (warning first when it is too long to travel),
//! export and import a file (refusing oversized files unread), and reset with confirmation.

use super::Pending;
use crate::components::busy::Busy;
use crate::components::notice::{Notice, Tone};
use crate::files;
use crate::location::url_of;
use crate::progress::history::History;
use crate::progress::limits::{import_size_problem, link_length_warning};
use crate::progress::{codec, schema, Progress};
use crate::route::Route;
use crate::store::use_store;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// This page's address with the progress (and, when included, its history) in its fragment.
fn share_url(p: &Progress, history: &History) -> String {
    url_of(&Route::Progress {
        link: Some(codec::encode_with_history(p, history)),
        focus: None,
    })
}

#[component]
pub fn DataTools(pending: RwSignal<Option<Pending>>) -> impl IntoView {
    let store = use_store();
    let progress = store.progress();
    let link = RwSignal::new(None::<String>);
    let message = RwSignal::new(None::<(Tone, String)>);
    // The file being read and checked, while it is.
    let reading = RwSignal::new(None::<String>);
    let confirm_reset = RwSignal::new(false);
    // A link too long to travel safely, waiting for "copy anyway".
    let long_link = RwSignal::new(None::<(String, String)>);
    let copy = move |url: String| {
        link.set(Some(url.clone()));
        leptos::task::spawn_local(async move {
            match files::copy(&url).await {
                Ok(()) => message.set(Some((
                    Tone::Info,
                    "Link copied. Anyone who opens it sees this progress, so share it with care."
                        .into(),
                ))),
                Err(e) => message.set(Some((
                    Tone::Warning,
                    format!("Could not copy automatically ({e}); copy the link from the box."),
                ))),
            }
        });
    };
    // Progress over time goes into a link only when the person asks for it.
    let with_history = RwSignal::new(false);
    let copy_link = move |_| {
        let history = match with_history.get_untracked() {
            true => store.history(),
            false => History::default(),
        };
        let url = progress.with(|p| share_url(p, &history));
        match link_length_warning(url.chars().count()) {
            Some(warning) => long_link.set(Some((url, warning))),
            None => copy(url),
        }
    };
    let export = move || {
        let history = store.history();
        let text = progress.with(|p| schema::to_export_with(p, &history));
        let name = format!("rungs-progress-{}.json", files::today());
        match files::download(&name, "application/json", &text) {
            Ok(()) => message.set(Some((Tone::Info, format!("Exported as {name}.")))),
            Err(e) => message.set(Some((Tone::Error, format!("Export failed: {e}")))),
        }
    };
    let import = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        let name = file.name();
        let from = format!("the file “{name}”");
        reading.set(Some(name.clone()));
        let refuse = move |why: String| {
            message.set(Some((
                Tone::Error,
                format!("“{name}” cannot be imported: {why}. Nothing was changed."),
            )))
        };
        if let Some(too_big) = import_size_problem(file.size()) {
            reading.set(None);
            refuse(too_big);
            return;
        }
        message.set(None);
        leptos::task::spawn_local(async move {
            let text = files::read_text(file).await;
            // Checking a large file takes a while: show that it is under way first.
            files::after_paint().await;
            let parsed = text.and_then(|t| {
                let progress = schema::parse(&t).map_err(|e| e.to_string())?;
                Ok((progress, History::from_export(&t)?))
            });
            // The preview (what would change) is part of the work the indicator stands for.
            let incoming = parsed.map(|(progress, history)| (store.accept(progress), history));
            reading.set(None);
            match incoming {
                Ok((incoming, history)) => {
                    pending.set(Some(Pending {
                        from,
                        incoming,
                        history,
                        from_link: false,
                    }));
                }
                Err(e) => refuse(e),
            }
        });
    };
    view! {
        <section class="role-section data-tools" aria-labelledby="data-h">
            <h2 id="data-h">"Keep and share"</h2>
            {move || {
                message
                    .get()
                    .map(|(tone, text)| {
                        view! {
                            <Notice tone=tone on_dismiss=Callback::new(move |_| message.set(None))>
                                {text}
                            </Notice>
                        }
                    })
            }}
            {move || {
                reading
                    .get()
                    .map(|name| {
                        view! {
                            <Busy what=format!("Reading “{name}”…") testid="import-busy" />
                        }
                    })
            }}
            <div class="button-row">
                <button type="button" id="copy-link" on:click=copy_link>
                    "Copy link"
                </button>
                <label class="check">
                    <input
                        type="checkbox"
                        id="share-history"
                        on:change=move |ev| with_history.set(event_target_checked(&ev))
                    />
                    " Include progress over time in the link"
                </label>
                <button type="button" id="export" on:click=move |_| export()>
                    "Export file"
                </button>
                <label class="button-link file-button">
                    "Import file…"
                    <input
                        type="file"
                        id="import-file"
                        accept=".json,application/json"
                        prop:disabled=move || reading.get().is_some()
                        on:change=import
                    />
                </label>
                <button
                    type="button"
                    id="reset"
                    class="danger"
                    on:click=move |_| confirm_reset.set(true)
                >
                    "Reset…"
                </button>
            </div>
            {move || {
                long_link
                    .get()
                    .map(|(url, warning)| {
                        view! {
                            <div
                                class="confirm"
                                role="alertdialog"
                                aria-labelledby="long-link-q"
                                data-testid="long-link"
                            >
                                <p id="long-link-q">{warning}</p>
                                <div class="button-row">
                                    <button
                                        type="button"
                                        class="primary"
                                        id="export-instead"
                                        on:click=move |_| {
                                            long_link.set(None);
                                            export();
                                        }
                                    >
                                        "Export file instead"
                                    </button>
                                    <button
                                        type="button"
                                        id="copy-anyway"
                                        on:click=move |_| {
                                            long_link.set(None);
                                            copy(url.clone());
                                        }
                                    >
                                        "Copy the link anyway"
                                    </button>
                                    <button type="button" on:click=move |_| long_link.set(None)>
                                        "Cancel"
                                    </button>
                                </div>
                            </div>
                        }
                    })
            }}
            {move || {
                link.get()
                    .map(|url| {
                        view! {
                            <label class="share-link">
                                <span>
                                    "Your progress link (bookmark it, or open it in another browser):"
                                </span>
                                <input
                                    type="text"
                                    readonly
                                    prop:value=url
                                    id="share-link"
                                    on:focus=|ev| {
                                        if let Some(i) = ev
                                            .target()
                                            .and_then(|t| {
                                                t.dyn_into::<web_sys::HtmlInputElement>().ok()
                                            })
                                        {
                                            i.select();
                                        }
                                    }
                                />
                            </label>
                        }
                    })
            }}
            {move || {
                confirm_reset
                    .get()
                    .then(|| {
                        view! {
                            <div class="confirm" role="alertdialog" aria-labelledby="reset-q">
                                <p id="reset-q">
                                    <strong>"Reset all your progress in this browser?"</strong>
                                    " Ratings, evidence and roles are cleared. You can undo right after."
                                </p>
                                <div class="button-row">
                                    <button
                                        type="button"
                                        class="danger"
                                        id="confirm-reset"
                                        on:click=move |_| {
                                            confirm_reset.set(false);
                                            store.reset();
                                        }
                                    >
                                        "Yes, reset"
                                    </button>
                                    <button
                                        type="button"
                                        on:click=move |_| confirm_reset.set(false)
                                    >
                                        "Cancel"
                                    </button>
                                </div>
                            </div>
                        }
                    })
            }}
            <p class="hint">
                "Rungs sends nothing anywhere: your progress leaves this browser only through a link you copy or a file you export."
            </p>
        </section>
    }
}
