// Rungs' service worker: after the first visit the app opens and works with no network.
// The build (tests/e2e/build/split-wasm.js) fills in BUILD: this deployment's version and every
// file it serves (the views' wasm parts included), and writes it as sw.js next to index.html.
//
// - One cache per deployment scope and version ("rungs <scope> <version>"): deployments under
//   other paths of the same origin have other scopes, and their caches are never touched.
// - A new version is installed whole (Cache.addAll is all or nothing) and takes over only when
//   a page asks for it (src/js/offline.js, after the user chose "Reload"), so no page ever runs
//   a mix of two builds. The previous version's cache is kept one version longer: a tab still
//   open on it can fetch its own files (views load lazily) instead of the new build's.
const BUILD = /* build */ { version: "dev", files: [] };
const SCOPE = self.registration.scope;
const PREFIX = `rungs ${SCOPE} `;
const CACHE = PREFIX + BUILD.version;
// Which version was active last (a cache of its own, so it survives the worker).
const MARKER = `rungs-active ${SCOPE}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      try {
        // `reload`: the network's copy, never one the HTTP cache kept from another deployment.
        await cache.addAll(BUILD.files.map((file) => new Request(new URL(file, SCOPE), { cache: "reload" })));
      } catch (e) {
        await caches.delete(CACHE);
        throw e;
      }
      // The first install has no page of another version to mix with: take over at once.
      if (!self.registration.active) await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      // Keep the version that was active until now (tabs may still run it), drop older ones.
      const marker = await caches.open(MARKER);
      const last = (await marker.match("active"))?.headers.get("x-cache");
      for (const name of await ourCaches()) {
        if (name !== CACHE && name !== last) await caches.delete(name);
      }
      await marker.put("active", new Response("", { headers: { "x-cache": CACHE } }));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "rungs:activate") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(SCOPE)) return;
  event.respondWith(cached(request));
});

/** This scope's version caches (not the marker). */
async function ourCaches() {
  return (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== MARKER);
}

/** The response from this version's cache, then an older kept one's, else the network. */
async function cached(request) {
  const url = new URL(request.url);
  url.hash = "";
  const navigate = request.mode === "navigate";
  // The app routes on the fragment: the folder itself is index.html.
  if (navigate && url.pathname === new URL(SCOPE).pathname) url.pathname += "index.html";
  const others = (await ourCaches()).filter((name) => name !== CACHE);
  for (const name of [CACHE, ...others]) {
    const hit = await (await caches.open(name)).match(url.href, { ignoreSearch: navigate });
    if (hit) return hit;
  }
  return fetch(request);
}
