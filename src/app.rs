//! The application shell: header, navigation and the view for the current URL.

use crate::components::storage_notices::StorageNotices;
use crate::location::provide_route;
use crate::pages::{
    about::AboutPage, catalogue::CataloguePage, compare::ComparePage, not_found::NotFound,
    progress::ProgressPage, role::RolePage, skill::SkillPage, sources::SourcesPage,
};
use crate::route::Route;
use crate::store::ProgressStore;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Moves keyboard focus to the main content without touching the URL (the fragment is the router's).
fn focus_main() {
    let main = document()
        .get_element_by_id("main")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(main) = main {
        let _ = main.focus();
    }
}

/// The view for a route. Sub-views (filters, a role's section) are read by the page itself.
fn page_view(route: Route) -> AnyView {
    match route {
        Route::Catalogue { .. } => view! { <CataloguePage /> }.into_any(),
        Route::Role { id, .. } => view! { <RolePage id=id /> }.into_any(),
        Route::Skill { code } => view! { <SkillPage code=code /> }.into_any(),
        Route::Compare { .. } => view! { <ComparePage /> }.into_any(),
        Route::Progress { .. } => view! { <ProgressPage /> }.into_any(),
        Route::Sources { .. } => view! { <SourcesPage /> }.into_any(),
        Route::About { .. } => view! { <AboutPage /> }.into_any(),
        Route::Unknown { fragment } => {
            view! { <NotFound what=format!("page “{fragment}”") /> }.into_any()
        }
    }
}

#[component]
pub fn App() -> impl IntoView {
    let route = provide_route().0;
    ProgressStore::provide();
    Effect::new(|_| crate::fatal::app_started());
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
        </header>
        <main id="main" tabindex="-1">
            <StorageNotices />
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
