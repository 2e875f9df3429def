//! Start-up and crash reporting in the page itself, so a user never faces a blank screen.
//! `index.html` holds a `#loading` notice (shown until the app starts) and a hidden `#fatal` box.

use wasm_bindgen::JsCast;

/// Logs panics to the console and shows them in the `#fatal` box.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show(&format!(
            "Rungs stopped because of an internal error. Reload the page to start again; your saved progress is kept. Details: {info}"
        ));
    }));
}

/// Shows a message in the `#fatal` box and hides the loading notice.
pub fn show(message: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(el) = document.get_element_by_id("fatal") {
        el.set_text_content(Some(message));
        let _ = el.remove_attribute("hidden");
    }
    app_started();
}

/// Removes the "Loading…" notice once the app has rendered.
pub fn app_started() {
    let loading = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("loading"));
    if let Some(el) = loading.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        el.remove();
    }
}

/// Panics on purpose, so the end-to-end suite can check that a crash shows a message instead of
/// a blank page (nothing else in the app panics on demand). Harmless: it only stops this tab.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn rungs_self_test_panic() {
    panic!("self-test: a panic was requested");
}
