// The wasm is split per view (tests/e2e/build/split-wasm.js): the catalogue loads no view's
// code; a view's code is fetched when it opens (or when a pointer or focus reaches a link to
// it), under the sub-path; and a view whose code cannot be fetched says so and offers a reload.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { setup, openPage, go, seedStorage, DIST, APP_MAIN } from "../helpers.js";

const s = setup();
// The split views' files: rungs-<hash>-<view>.wasm beside the main rungs-<hash>_bg.wasm.
const isViewCode = (url) => /\/rungs-[0-9a-f]{16}-[^/]+\.wasm$/.test(new URL(url).pathname);

/** Waits until the page's heading reads `text` (the view has changed, not only the URL). */
async function heading(page, text) {
  await page.waitForFunction((t) => document.querySelector("main h1")?.textContent.trim() === t, text);
}

function recordViewCode(page) {
  const urls = [];
  page.on("request", (req) => {
    if (isViewCode(req.url())) urls.push(new URL(req.url()).pathname);
  });
  return urls;
}

/** The live catalogue, settled, having fetched no view's code; `loaded` records what follows. */
async function openCatalogue() {
  const p = await openPage(s);
  const loaded = recordViewCode(p.page);
  await go(s, p.page, "#/");
  await p.page.waitForSelector(`${APP_MAIN} [data-role]`);
  await p.page.waitForLoadState("networkidle");
  assert.deepEqual(loaded, [], "the catalogue needs only the main wasm");
  return { p, loaded };
}

test("split: dist/ holds the main wasm and one wasm per split view, named by one build hash", () => {
  const files = fs.readdirSync(DIST);
  const main = files.filter((f) => /^rungs-[0-9a-f]{16}_bg\.wasm$/.test(f));
  assert.equal(main.length, 1, `one main wasm: ${files.join(", ")}`);
  const hash = main[0].slice(6, 22);
  const views = files.filter((f) => f.startsWith(`rungs-${hash}-`) && f.endsWith(".wasm"));
  assert.ok(views.length >= 2, `split views beside the main wasm: ${files.join(", ")}`);
  assert.ok(files.includes(`rungs-${hash}-split.js`), "the loader that links them");
  const stale = files.filter((f) => /^rungs-/.test(f) && !f.startsWith(`rungs-${hash}`));
  assert.deepEqual(stale, [], "no file of another build");
});

test("split: the catalogue loads no view's code; opening a view loads its own, once", async () => {
  const { p, loaded } = await openCatalogue();
  assert.match(await p.page.title(), /^Roles · .+ · Rungs$/);

  // Clicked straight from the keyboard, without a pointer passing over the link first.
  await p.page.evaluate(() => { location.hash = "#/compare"; });
  await heading(p.page, "Compare levels");
  // Each view names itself in the title (tab, bookmark, history), then the framework.
  assert.match(await p.page.title(), /^Compare levels · .+ · Rungs$/);
  assert.ok(loaded.length >= 1, "the comparison's code was fetched");
  assert.ok(loaded.every((u) => u.startsWith(new URL(s.base).pathname)), `under the sub-path: ${loaded}`);
  const afterCompare = loaded.length;

  await p.page.evaluate(() => { location.hash = "#/"; });
  await p.page.waitForSelector(`${APP_MAIN} [data-role]`);
  await p.page.evaluate(() => { location.hash = "#/compare"; });
  await heading(p.page, "Compare levels");
  assert.equal(loaded.length, afterCompare, "a second visit fetches nothing again");
  assert.equal(await p.page.locator(".view-loading").count(), 0, "no loading note once loaded");
  p.expectClean();
  await p.close();
});

test("split: a pointer over a link fetches that view's code before the click", async () => {
  const { p, loaded } = await openCatalogue();
  await p.page.hover('nav[aria-label="Main"] a[href="#/progress"]');
  await p.page.waitForFunction(() => performance.getEntriesByType("resource")
    .some((e) => /rungs-[0-9a-f]{16}-[^/]+\.wasm$/.test(e.name)));
  assert.ok(loaded.length >= 1, "hovering fetched the view's code");
  p.expectClean();
  await p.close();
});

test("split: a view whose code cannot be fetched says why and offers a reload", async () => {
  const p = await openPage(s, { allow: [/net::ERR_FAILED|Failed to load resource|split|wasm/i] });
  await p.page.route(/rungs-[0-9a-f]{16}-[^/]+\.wasm$/, (route) => route.abort());
  await go(s, p.page, "#/");
  await p.page.waitForSelector(`${APP_MAIN} [data-role]`);
  await p.page.evaluate(() => { location.hash = "#/sources"; });
  const alert = p.page.locator('main [role="alert"]');
  await alert.waitFor();
  assert.match(await alert.innerText(), /could not be loaded/);
  assert.equal(await alert.getByRole("button", { name: "Reload" }).count(), 1);
  // The app is still alive: the catalogue, which needs no view code, still works.
  await p.page.evaluate(() => { location.hash = "#/"; });
  await p.page.waitForSelector(`${APP_MAIN} [data-role]`);
  assert.equal(await p.page.locator("#fatal:not([hidden])").count(), 0, "no fatal error");

  // Once the network is back, opening the view again loads it (a failure is not remembered).
  await p.page.unroute(/rungs-[0-9a-f]{16}-[^/]+\.wasm$/);
  await p.page.evaluate(() => { location.hash = "#/sources"; });
  await heading(p.page, "Sources and licences");
  assert.equal(await p.page.locator('main [role="alert"]').count(), 0);
  await p.close();
});

// Saved progress is read by code of its own (src/store/reading.rs): a first visit, with nothing
// saved, never fetches it; a returning visitor's progress opens as before; and while it cannot
// be read, no view that changes progress opens, so nothing is saved over the stored record.
const READER = /-split_progress_reader\.wasm$/;
const KEY = "rungs.progress";

/** A record of the first role with its first expectation rated, made through the app. */
async function savedRecord(p) {
  await go(s, p.page, "#/progress");
  const role = await p.page.locator("#current-role option").nth(1).getAttribute("value");
  await p.page.selectOption("#current-role", role);
  const first = p.page.locator(".assess-role .expectation").first();
  await first.locator('input[value="consistently"]').check();
  await p.page.waitForFunction((k) => JSON.parse(localStorage.getItem(k) || "{}").progress?.assessments, KEY);
  return { role, record: await p.page.evaluate((k) => localStorage.getItem(k), KEY) };
}

test("split: saved progress is read by its own code, fetched only when something is saved", async () => {
  const p = await openPage(s);
  const { role, record } = await savedRecord(p);
  const fresh = await openPage(s);
  const loaded = recordViewCode(fresh.page);
  await seedStorage(s, fresh.page, { [KEY]: record }, "#/");
  // The catalogue fetched the reader, and nothing else, and the saved role is back.
  await fresh.page.waitForFunction(() => performance.getEntriesByType("resource").some((e) => /-split_progress_reader\.wasm$/.test(e.name)));
  await fresh.page.waitForLoadState("networkidle");
  // The reader, and the code it shares with views (chunks), but no view.
  const views = loaded.filter((u) => /-split_[^/]+\.wasm$/.test(u) && !READER.test(u));
  assert.deepEqual(views, [], `no view's code: ${loaded}`);
  await go(s, fresh.page, "#/progress");
  await fresh.page.locator(".assess-role .expectation").first().waitFor();
  assert.equal(await fresh.page.locator("#current-role").inputValue(), role);
  assert.equal(await fresh.page.locator('.assess-role .expectation input[value="consistently"]').first().isChecked(), true);
  assert.ok(loaded.some((u) => READER.test(u)), `the reader was fetched: ${loaded}`);
  assert.equal(await fresh.page.evaluate((k) => localStorage.getItem(k), KEY), record, "read, not rewritten");
  for (const q of [p, fresh]) {
    q.expectClean();
    await q.close();
  }
});

test("split: while saved progress cannot be read, views that change it do not open and it stays as saved", async () => {
  const p = await openPage(s, { allow: [/net::ERR_FAILED|Failed to load resource|split|wasm/i] });
  const { record } = await savedRecord(p);
  await p.page.route(READER, (route) => route.abort());
  await p.page.goto(s.base + "#/progress");
  await p.page.reload();
  const alert = p.page.locator('main [role="alert"]');
  await alert.first().waitFor();
  assert.match(await p.page.locator("main").innerText(), /could not be (loaded|opened)/);
  assert.equal(await p.page.locator("#current-role").count(), 0, "the progress view did not open empty");
  assert.equal(await p.page.evaluate((k) => localStorage.getItem(k), KEY), record, "the saved record is untouched");
  // The catalogue, which changes nothing, still works; back online, a reload shows the progress.
  await p.page.evaluate(() => { location.hash = "#/"; });
  await p.page.waitForSelector(`${APP_MAIN} [data-role]`);
  await p.page.unroute(READER);
  await p.page.reload();
  await go(s, p.page, "#/progress");
  await p.page.locator(".assess-role .expectation").first().waitFor();
  assert.equal(await p.page.locator('.assess-role .expectation input[value="consistently"]').first().isChecked(), true);
  await p.close();
});
