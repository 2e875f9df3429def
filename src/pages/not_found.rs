//! Shown for a URL that names no view, role or skill.

use leptos::prelude::*;

/// "Not found" with a way back. `what` names what was asked for, e.g. `role “x”`.
#[component]
pub fn NotFound(what: String) -> impl IntoView {
    view! {
        <section class="not-found" role="alert">
            <h1>"Not found"</h1>
            <p>"There is no " {what} " in this framework. The link may be old or mistyped."</p>
            <p>
                <a href="#/">"Back to all roles"</a>
            </p>
        </section>
    }
}
