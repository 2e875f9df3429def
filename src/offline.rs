//! The page's side of offline use. src/js/offline.js registers the service worker and announces
//! a new deployment that is installed and waiting; this module turns that into a signal and asks
//! the waiting version to take over (the page then reloads with it, never mixing two builds).

use leptos::prelude::*;

/// Fired on window by offline.js when a new version is waiting.
const READY_EVENT: &str = "rungs-update-ready";
/// Set on window by offline.js too, for an announcement made before the app started.
const READY_FLAG: &str = "rungsUpdateReady";
/// Answered by offline.js: activate the waiting version and reload.
const APPLY_EVENT: &str = "rungs-apply-update";

/// Whether a new version is installed and waiting for this page to reload.
pub fn update_ready() -> ReadSignal<bool> {
    let announced = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &READY_FLAG.into()).ok())
        .is_some_and(|v| v.is_truthy());
    let (ready, set_ready) = signal(announced);
    let listener = window_event_listener_untyped(READY_EVENT, move |_| set_ready.set(true));
    on_cleanup(move || listener.remove());
    ready
}

/// Lets the waiting version take over; offline.js reloads the page once it has.
pub fn apply_update() {
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new(APPLY_EVENT)) {
        let _ = window.dispatch_event(&event);
    }
}
