// Issue 14: offline after the first visit (src/js/sw.js, src/js/offline.js). The worker caches
// every file of the deployment, so the app, every view and the saved progress open with the
// server gone; a new deployment installs whole, waits, and takes over only when the user
// reloads; a deployment that cannot be installed whole changes nothing; caches of deployments
// under other paths are never touched.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setup, openPage, DIST, APP_MAIN, screenshot, axeViolations, chooseFirstRole } from "../helpers.js";
import { serve } from "../server.js";

const s = setup();
const copies = [];
after(() => copies.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A deployment of its own (a copy of the build, which a test may redeploy), served under /careers/. */
async function deploy() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rungs-offline-"));
  copies.push(dir);
  fs.cpSync(DIST, dir, { recursive: true });
  return { dir, server: await serve(dir) };
}

const buildOf = (page) => page.evaluate(() => document.querySelector('meta[name="rungs-build"]')?.content);

/** Opens the app with service workers allowed and waits until one controls the page. */
async function openControlled(url, fragment = "#/") {
  const p = await openPage(s, { context: { serviceWorkers: "allow" } });
  await p.page.goto(url + fragment);
  await p.page.waitForSelector(APP_MAIN);
  await p.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  return p;
}

/** Checks for a new sw.js now; resolves when the incoming worker is installed or has failed. */
function checkForUpdate(page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration.update().catch(() => {});
    const incoming = registration.installing;
    if (incoming) {
      await new Promise((done) => {
        const settled = () => ["installed", "redundant", "activated"].includes(incoming.state) && done();
        incoming.addEventListener("statechange", settled);
        settled();
      });
    }
    return registration.waiting !== null;
  });
}

/** Redeploys `dir` as build `version`: a new index.html and a new sw.js naming it. */
function redeploy(dir, from, version, change = (files) => files) {
  const html = path.join(dir, "index.html");
  fs.writeFileSync(html, fs.readFileSync(html, "utf8").replace(`content="${from}"`, `content="${version}"`));
  const sw = path.join(dir, "sw.js");
  const text = fs.readFileSync(sw, "utf8");
  const build = JSON.parse(text.match(/const BUILD = (\{.*\});/)[1]);
  assert.equal(build.version, from);
  const next = { version, files: change(build.files) };
  fs.writeFileSync(sw, text.replace(/const BUILD = \{.*\};/, `const BUILD = ${JSON.stringify(next)};`));
}

test("offline: with the server gone, the app, a lazily loaded view and the saved progress still open", async () => {
  const { server } = await deploy();
  const p = await openControlled(server.url);
  // Some progress: the first current role offered, its first expectation rated.
  await p.page.goto(server.url + "#/progress");
  await p.page.waitForSelector("#current-role");
  await chooseFirstRole(p.page);
  const first = p.page.locator(".assess-role .expectation").first();
  await first.waitFor();
  const rating = first.locator('input[type="radio"]').last();
  await rating.check();
  const value = await rating.getAttribute("value");
  await p.page.waitForFunction(() => localStorage.getItem("rungs.progress") !== null);

  await server.close();
  // Nothing reaches the network now: every file comes from the worker's cache.
  await p.page.goto(server.url + "#/");
  await p.page.reload();
  await p.page.waitForSelector(`${APP_MAIN} [data-role]`);
  await p.page.goto(server.url + "#/progress");
  const again = p.page.locator(".assess-role .expectation").first();
  await again.waitFor();
  assert.equal(await again.locator(`input[value="${value}"]`).isChecked(), true, "the saved rating is there offline");
  // A view whose code was never fetched while online loads from the cache too.
  await p.page.goto(server.url + "#/compare");
  await p.page.waitForSelector(".view-loading", { state: "detached" });
  await p.page.waitForSelector(`${APP_MAIN} h1`);
  assert.equal(await p.page.locator("[data-testid=view-load-failed]").count(), 0);
  await screenshot(p.page, "offline-compare");
  p.expectClean();
  await p.close();
});

test("offline: a new deployment installs whole, waits, and takes over only when the user reloads", async () => {
  const { dir, server } = await deploy();
  const p = await openControlled(server.url);
  const scope = server.url;
  const v1 = await buildOf(p.page);
  assert.match(v1, /^[0-9a-f]{16}$/);
  // A deployment of Rungs under another path of this origin has caches of its own.
  const other = `rungs ${new URL(scope).origin}/elsewhere/ 0123456789abcdef`;
  await p.page.evaluate((name) => caches.open(name), other);

  // One that cannot be installed whole (a file it lists is missing) changes nothing.
  redeploy(dir, v1, "badbadbadbadbad0", (files) => [...files, "rungs-missing.wasm"]);
  assert.equal(await checkForUpdate(p.page), false, "an incomplete deployment is not installed");
  assert.equal(await p.page.getByTestId("update-ready").count(), 0);
  const afterBad = await p.page.evaluate(() => caches.keys());
  assert.ok(!afterBad.some((k) => k.endsWith(" badbadbadbadbad0")), `no partial cache: ${afterBad}`);

  // A complete one is installed and waits; until the user reloads, pages keep the old build.
  redeploy(dir, "badbadbadbadbad0", "feedfacefeedface", (files) => files.filter((f) => f !== "rungs-missing.wasm"));
  assert.equal(await checkForUpdate(p.page), true, "the new deployment is installed and waiting");
  const notice = p.page.getByTestId("update-ready");
  await notice.waitFor();
  assert.deepEqual(await axeViolations(p.page), [], "the notice is accessible");
  await screenshot(p.page, "offline-update-ready");
  const second = await p.context.newPage();
  await second.goto(scope + "#/about");
  await second.waitForSelector(APP_MAIN);
  assert.equal(await buildOf(second), v1, "another tab opened meanwhile still gets the old build whole");
  await second.close();

  // Progress that could not be saved would be lost by a reload: the notice says so first.
  assert.equal(await p.page.getByTestId("update-unsaved").count(), 0);
  await p.page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException("Quota exceeded", "QuotaExceededError");
    };
  });
  await p.page.goto(scope + "#/progress");
  await p.page.waitForSelector("#current-role");
  await chooseFirstRole(p.page);
  await p.page.getByTestId("save-failed").waitFor();
  await p.page.getByTestId("update-unsaved").waitFor();
  await screenshot(p.page, "offline-update-unsaved");
  await Promise.all([p.page.waitForEvent("load"), p.page.getByRole("button", { name: "Reload anyway" }).click()]);
  await p.page.waitForSelector(APP_MAIN);
  assert.equal(await buildOf(p.page), "feedfacefeedface", "the reloaded page runs the new build");
  assert.equal(await p.page.getByTestId("update-ready").count(), 0);
  const keys = await p.page.evaluate(() => caches.keys());
  assert.ok(keys.includes(`rungs ${scope} feedfacefeedface`), `the new cache: ${keys}`);
  assert.ok(keys.includes(`rungs ${scope} ${v1}`), "the previous build stays one version, for tabs still on it");
  assert.ok(keys.includes(other), "another path's cache is untouched");
  p.expectClean();
  await p.close();
  await server.close();
});
