//! Entry point: install the panic hook, then mount the app in place of the prerendered page.
//! Everything else lives in the library.
fn main() {
    rungs::fatal::install_panic_hook();
    let handover = rungs::prerendered::take_over();
    leptos::mount::mount_to_body(rungs::App);
    handover.finish();
}
