//! The application shell: header, navigation and the view for the current URL.

use crate::location::provide_route;
use crate::pages::{catalogue::CataloguePage, not_found::NotFound};
use crate::route::Route;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let route = provide_route().0;
    Effect::new(|_| crate::fatal::app_started());
    let view_for_route = move || match route.get() {
        Route::Catalogue { .. } => CataloguePage().into_any(),
        Route::Unknown { fragment } => {
            view! { <NotFound what=format!("page “{fragment}”") /> }.into_any()
        }
        _ => CataloguePage().into_any(),
    };
    view! {
        <a class="skip-link" href="#main" on:click=|ev| {
            // The fragment is the router's: move focus without changing the URL.
            ev.prevent_default();
            if let Some(main) = document().get_element_by_id("main") {
                use wasm_bindgen::JsCast;
                if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                    let _ = main.focus();
                }
            }
        }>"Skip to content"</a>
        <header class="site-header">
            <a class="brand" href="#/">"Rungs"</a>
            <nav aria-label="Main">
                <a href="#/" aria-current=move || (route.get().section() == "roles").then_some("page")>"Roles"</a>
            </nav>
        </header>
        <main id="main" tabindex="-1">{view_for_route}</main>
    }
}
