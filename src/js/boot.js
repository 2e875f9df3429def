// Starts the app: imports the wasm-bindgen module and the wasm that Trunk names in
// <meta name="rungs-app"> (see Trunk.toml, pattern_script). A file instead of Trunk's inline
// start-up script, so the Content-Security-Policy needs no 'unsafe-inline'.
const app = document.querySelector('meta[name="rungs-app"]');

function firstPaint(fallbackMs) {
  return new Promise((resolve) => {
    setTimeout(resolve, fallbackMs);
    try {
      new PerformanceObserver((list) => {
        if (list.getEntriesByName("first-contentful-paint").length) resolve();
      }).observe({ type: "paint", buffered: true });
    } catch {
      resolve();
    }
  });
}
try {
  // A prerendered first view paints before the app starts: the wasm downloads meanwhile
  // (Trunk preloads it) but runs only once the browser reports that paint (or after 500 ms,
  // for browsers that report none), so the app never takes over a page nobody has seen.
  if (document.documentElement.classList.contains("prerendered")) await firstPaint(500);
  const bindings = await import(app.dataset.js);
  // As Trunk's own start-up script does: the exports, for the panic self-test.
  window.wasmBindings = bindings;
  const wasm = await bindings.default({ module_or_path: app.dataset.wasm });
  dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
} catch (e) {
  (window.rungsStartupFailed || console.error)(e && e.message ? e.message : String(e));
}
