//! The application shell: header, navigation and the view for the current URL.

use crate::components::theme_switch::ThemeSwitch;
use crate::location::provide_route;
use crate::route::Route;
use crate::store::ProgressStore;
use leptos::prelude::*;
use views::page_view;
use wasm_bindgen::JsCast;

mod title;
mod views;

/// Moves keyboard focus to the main content without touching the URL (the fragment is the router's).
fn focus_main() {
    let main = document()
        .get_element_by_id("main")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(main) = main {
        let _ = main.focus();
    }
}

/// Fetches a view's code as soon as a pointer rests on, or focus reaches, a link to it.
fn preload_on_intent() {
    fn preload(ev: &web_sys::Event) {
        if let Some(target) = ev.target() {
            views::preload_view_of_link(&target);
        }
    }
    let pointer = window_event_listener(leptos::ev::pointerover, |ev| preload(&ev));
    let focus = window_event_listener(leptos::ev::focusin, |ev| preload(&ev));
    on_cleanup(move || {
        pointer.remove();
        focus.remove();
    });
}

#[component]
pub fn App() -> impl IntoView {
    let route = provide_route().0;
    let store = ProgressStore::provide();
    Effect::new(|_| crate::fatal::app_started());
    // The tab, bookmark and history entry name the view. A memo, so typing in the search box
    // (which changes the route's query, not the title) does not rewrite the document's title.
    let page_title =
        Memo::new(move |_| route.with(|r| title::page_title(r, crate::data::framework())));
    Effect::new(move |_| page_title.with(|t| document().set_title(t)));
    preload_on_intent();
    // A memo: the notices' code loads, and they render, only when there is one to show.
    let storage_notice = Memo::new(move |_| store.has_notice());
    // Its code loads only when a new version is waiting (rarely; from the offline cache).
    let update_ready = crate::offline::update_ready();
    // Re-render only when the page changes, not when its filters or section do.
    let page = Memo::new(move |_| route.with(Route::page_key));
    // After the first page, moving to another page puts focus on the new content, so keyboard
    // and screen-reader users start there rather than on the link they left.
    let first_page = StoredValue::new(true);
    let content = move || {
        let _ = page.get();
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
        if first_page.get_value() {
            first_page.set_value(false);
        } else {
            request_animation_frame(focus_main);
        }
        page_view(route.get_untracked())
    };
    let current = move |section: &'static str| {
        move || (route.with(Route::section) == section).then_some("page")
    };
    view! {
        <a
            class="skip-link"
            href="#main"
            on:click=|ev| {
                ev.prevent_default();
                focus_main();
            }
        >
            "Skip to content"
        </a>
        <header class="site-header">
            <a class="brand" href="#/">
                <img src="public/favicon.svg" alt="" width="28" height="28" />
                <span>"Rungs"</span>
            </a>
            // Which framework this deployment holds: the organisation's own, not "Rungs".
            <span class="framework-name" data-testid="framework-name">
                {crate::data::framework().name}
            </span>
            <nav aria-label="Main" class="main-nav">
                <a href="#/" aria-current=current("roles")>
                    "Roles"
                </a>
                <a href="#/compare" aria-current=current("compare")>
                    "Compare"
                </a>
                <a href="#/progress" aria-current=current("progress")>
                    "My progress"
                </a>
                <a href="#/about" aria-current=current("about")>
                    "About"
                </a>
                <a href="#/sources" aria-current=current("sources")>
                    "Sources"
                </a>
            </nav>
            <ThemeSwitch />
        </header>
        <main id="main" tabindex="-1">
            {move || update_ready.get().then(views::update_notice)}
            {move || storage_notice.get().then(views::storage_notices)}
            {content}
        </main>
        <footer class="site-footer">
            <p>
                "Rungs · your progress stays in this browser unless you share a link or export it · "
                <a href="#/sources">"Sources and licences"</a>
            </p>
        </footer>
    }
}
