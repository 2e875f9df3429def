//! A link for someone to copy: copied to the clipboard when it is made, and shown in a
//! read-only box (selected on focus) in case the clipboard is not available.

use crate::files;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Copies `url` now and shows it under `label`; `id` names the box for labels and tests.
#[component]
pub fn LinkBox(url: String, label: &'static str, id: &'static str) -> impl IntoView {
    let status = RwSignal::new(None::<String>);
    let copying = url.clone();
    leptos::task::spawn_local(async move {
        let said = match files::copy(&copying).await {
            Ok(()) => "Copied to the clipboard.".to_string(),
            Err(e) => format!("Could not copy automatically ({e}); copy it from the box."),
        };
        status.set(Some(said));
    });
    view! {
        <label class="share-link">
            <span>{label}</span>
            <input
                type="text"
                readonly
                prop:value=url
                id=id
                on:focus=|ev| {
                    if let Some(i) = ev
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                    {
                        i.select();
                    }
                }
            />
            <span class="hint" role="status">
                {move || status.get()}
            </span>
        </label>
    }
}
