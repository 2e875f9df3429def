// Before the app runs, failures can only be reported from here: a script or wasm file that
// cannot be fetched, or a start-up error. Shown in #fatal instead of a blank page.
// A file, not an inline script, so the Content-Security-Policy needs no 'unsafe-inline'.
(function () {
  function fail(detail) {
    var box = document.getElementById("fatal");
    var loading = document.getElementById("loading");
    if (loading) loading.remove();
    if (box && box.hidden) {
      box.textContent = "Rungs could not start. Check your connection and reload the page. Details: " + detail;
      box.hidden = false;
    }
  }
  window.rungsStartupFailed = fail;
  window.addEventListener("error", function (e) {
    var t = e.target;
    if (t && t !== window && (t.tagName === "SCRIPT" || t.tagName === "LINK")) {
      fail("could not load " + (t.src || t.href));
    } else if (e.message) {
      fail(e.message);
    }
  }, true);
  window.addEventListener("unhandledrejection", function (e) {
    fail(e.reason && e.reason.message ? e.reason.message : String(e.reason));
  });
})();

// A release build has the plain catalogue prerendered into the page (class "prerendered" on
// <html>, see tests/e2e/build/prerender.js). It may show only where the URL opens that view;
// anywhere else the loading notice shows until the app has started.
(function () {
  var root = document.documentElement;
  function follow() {
    var h = location.hash;
    root.classList.toggle("route-other", !(h === "" || h === "#" || h === "#/"));
  }
  follow();
  addEventListener("hashchange", follow);
})();

// The theme chosen in the header (src/theme.rs; the key is storage.rs's THEME_KEY), applied
// before the first paint so that a dark choice never flashes light. Storage may be blocked.
(function () {
  try {
    var theme = localStorage.getItem("rungs.theme");
    if (theme === "light" || theme === "dark") document.documentElement.setAttribute("data-theme", theme);
  } catch (e) {}
})();
