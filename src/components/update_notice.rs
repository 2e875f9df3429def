//! "A new version is ready": shown when a new deployment has been installed for offline use
//! and waits for this page to reload. Reloading keeps saved progress; where this page's progress
//! could not be saved, it says so before the user reloads it away. Mounted only once a new
//! version is waiting (`crate::offline::update_ready`), and split from the first load's code.

use crate::components::notice::{Notice, Tone};
use crate::offline::apply_update;
use crate::store::{use_store, Health};
use leptos::prelude::*;

#[component]
pub fn UpdateNotice() -> impl IntoView {
    let later = RwSignal::new(false);
    let store = use_store();
    let unsaved = move || {
        store
            .health()
            .with(|h| matches!(h, Health::NotKept(_) | Health::SaveFailed(_)))
    };
    move || {
        (!later.get()).then(|| {
            view! {
                <Notice tone=Tone::Info on_dismiss=Callback::new(move |_| later.set(true))>
                    <p data-testid="update-ready">
                        <strong>"A new version of Rungs is ready. "</strong>
                        "Reload to use it; your saved progress stays as it is."
                    </p>
                    {move || {
                        unsaved()
                            .then(|| {
                                view! {
                                    <p data-testid="update-unsaved">
                                        "Your progress on this page is not saved in this browser: copy its link or export it first, or reloading loses it."
                                    </p>
                                }
                            })
                    }}
                    <button type="button" class="primary" on:click=|_| apply_update()>
                        {move || if unsaved() { "Reload anyway" } else { "Reload now" }}
                    </button>
                </Notice>
            }
        })
    }
}
