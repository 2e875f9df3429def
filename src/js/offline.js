// Offline use (details: src/js/sw.js, src/offline.rs): registers sw.js once the page is idle,
// announces a waiting new version ("rungs-update-ready"), and on "rungs-apply-update" lets it
// take over and reloads. Comments here are kept short: this file is part of the first load.
const sw = navigator.serviceWorker;

function announce() {
  window.rungsUpdateReady = true;
  dispatchEvent(new Event("rungs-update-ready"));
}

function watch(registration) {
  // Waiting with a controller: an update (without one: the first install).
  if (registration.waiting && sw.controller) announce();
  registration.addEventListener("updatefound", () => {
    const incoming = registration.installing;
    incoming?.addEventListener("statechange", () => {
      if (incoming.state === "installed" && sw.controller) announce();
    });
  });
  // A tab left open for days checks again when looked at.
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") registration.update().catch(() => {});
  });
}

async function register() {
  try {
    // "none": compare with the server's sw.js, never an HTTP-cached one.
    watch(await sw.register("sw.js", { scope: "./", updateViaCache: "none" }));
  } catch (e) {
    // An extra: the app works without it (file://, private modes).
    console.warn(`Rungs works, but not offline: ${e && e.message ? e.message : e}`);
  }
}

addEventListener("rungs-apply-update", async () => {
  const registration = await sw?.getRegistration();
  if (!registration?.waiting) {
    location.reload();
    return;
  }
  sw.addEventListener("controllerchange", () => location.reload(), { once: true });
  registration.waiting.postMessage("rungs:activate");
});

if (sw && document.querySelector('meta[name="rungs-build"]')) {
  const idle = () =>
    "requestIdleCallback" in window ? requestIdleCallback(register, { timeout: 5000 }) : setTimeout(register, 2000);
  if (document.readyState === "complete") idle();
  else addEventListener("load", idle, { once: true });
}
