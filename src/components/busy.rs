//! "Working on it": an animated, indeterminate progress bar with what is being done, announced
//! politely to screen readers, for anything that takes long enough to notice.

use leptos::prelude::*;

#[component]
pub fn Busy(#[prop(into)] what: String, #[prop(into)] testid: &'static str) -> impl IntoView {
    view! {
        <p class="busy" role="status" data-testid=testid>
            <progress aria-label=what.clone()></progress>
            <span>{what}</span>
        </p>
    }
}
