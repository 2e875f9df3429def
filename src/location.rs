//! The browser side of routing: the current [`Route`] as a signal, kept in step with the URL
//! fragment (links, back/forward, typed URLs), and helpers to change it.

use crate::route::Route;
use leptos::prelude::*;

fn current_fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The route of the current URL; updated on every `hashchange`.
#[derive(Clone, Copy)]
pub struct CurrentRoute(pub RwSignal<Route>);

/// Creates the route signal, listens for URL changes, and provides it as context.
pub fn provide_route() -> CurrentRoute {
    let route = RwSignal::new(Route::parse(&current_fragment()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        route.set(Route::parse(&current_fragment()));
    });
    on_cleanup(move || handle.remove());
    let current = CurrentRoute(route);
    provide_context(current);
    current
}

/// The current route, provided by the app. Panics when it was not provided: a wiring mistake
/// that must show at once.
pub fn use_route() -> RwSignal<Route> {
    expect_context::<CurrentRoute>().0
}

/// Scrolls the element with `id` into view, if it is in the page. In-page anchors cannot use the
/// fragment (it holds the route), so sections, rows and sources scroll through this.
pub fn scroll_to(id: &str) -> Option<web_sys::Element> {
    let el = document().get_element_by_id(id)?;
    el.scroll_into_view();
    Some(el)
}

/// The full address of `route` in this deployment (this page's URL with the route's fragment),
/// for links people copy: share, review and reply links.
pub fn url_of(route: &Route) -> String {
    let base = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|href| href.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default();
    format!("{base}{}", route.to_fragment())
}

/// Goes to a route, adding a history entry (back returns here).
pub fn navigate(route: &Route) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&route.to_fragment());
    }
}

/// Changes the URL without a new history entry (e.g. while typing a search), and updates
/// the route signal, since `replaceState` fires no `hashchange`.
pub fn replace(current: RwSignal<Route>, route: Route) {
    if let Some(w) = web_sys::window() {
        if let Ok(history) = w.history() {
            let _ = history.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&route.to_fragment()),
            );
        }
    }
    current.set(route);
}

/// The id the current route names within its page (a section, a source, a guide), picked out
/// by `select`; the element `<prefix>-<id>` is scrolled into view whenever it changes.
pub fn use_anchor(
    select: fn(&Route) -> Option<String>,
    prefix: &'static str,
) -> Memo<Option<String>> {
    let route = use_route();
    let anchor = Memo::new(move |_| route.with(select));
    Effect::new(move |_| {
        if let Some(id) = anchor.get() {
            // After the frame: a view that loads its code first is in the page only by then.
            request_animation_frame(move || {
                scroll_to(&format!("{prefix}-{id}"));
            });
        }
    });
    anchor
}
