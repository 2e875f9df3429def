// Starts the app: imports the wasm-bindgen module and the wasm that Trunk names in
// <meta name="rungs-app"> (see Trunk.toml, pattern_script). A file instead of Trunk's inline
// start-up script, so the Content-Security-Policy needs no 'unsafe-inline'.
const app = document.querySelector('meta[name="rungs-app"]');
try {
  const bindings = await import(app.dataset.js);
  // As Trunk's own start-up script does: the exports, for the panic self-test.
  window.wasmBindings = bindings;
  const wasm = await bindings.default({ module_or_path: app.dataset.wasm });
  dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
} catch (e) {
  (window.rungsStartupFailed || console.error)(e && e.message ? e.message : String(e));
}
