// Shared set-up for the end-to-end specs: one Chromium per file, a static server for dist/
// under /careers/, and a page that records every console error, page error and failed request.
import { chromium } from "playwright-core";
import { after, before } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "./server.js";

const here = path.dirname(fileURLToPath(import.meta.url));
export const DIST = process.env.RUNGS_DIST || path.resolve(here, "../../dist");
/** The build made with RUNGS_OMIT_RESTRICTED=1 (text under restrictive terms left out). */
export const DIST_RESTRICTED = process.env.RUNGS_DIST_RESTRICTED || path.resolve(here, "../../dist-restricted");
export const ARTIFACTS = path.resolve(here, "artifacts");

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Starts the server (for `dist`) and browser for a spec file; returns { base, browser }. */
export function setup(dist = DIST) {
  const state = {};
  before(async () => {
    assert.ok(fs.existsSync(path.join(dist, "index.html")), `no release build in ${dist}: run make test`);
    state.server = await serve(dist);
    state.base = state.server.url;
    state.browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  });
  after(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return state;
}

/**
 * A fresh browser context and page. `problems` collects console errors, uncaught page errors and
 * failed requests; `expectClean()` fails the test if there were any (deliberate ones excepted
 * through `allow`, a list of regexps).
 */
export async function openPage(state, { allow = [], context: contextOptions = {} } = {}) {
  // No service worker unless a spec asks for one (specs/offline.test.js): a worker precaching
  // every file would blur what the other specs check about requests and failed fetches.
  const context = await state.browser.newContext({
    viewport: { width: 1280, height: 900 },
    serviceWorkers: "block",
    ...contextOptions,
  });
  const page = await context.newPage();
  const problems = [];
  const allowed = (text) => allow.some((re) => re.test(text));
  page.on("console", (msg) => {
    if (msg.type() === "error" && !allowed(msg.text())) problems.push(`console error: ${msg.text()}`);
  });
  page.on("pageerror", (err) => {
    if (!allowed(String(err))) problems.push(`page error: ${err}`);
  });
  page.on("requestfailed", (req) => {
    const text = `${req.url()} ${req.failure()?.errorText}`;
    // A reload or navigation cancels loads in flight (net::ERR_ABORTED): not a failure.
    if (req.failure()?.errorText === "net::ERR_ABORTED") return;
    if (!allowed(text)) problems.push(`request failed: ${text}`);
  });
  page.on("response", (res) => {
    if (res.status() >= 400 && !allowed(res.url())) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return {
    context,
    page,
    problems,
    expectClean() {
      assert.deepEqual(problems, [], "the page reported problems");
    },
    async close() {
      await context.close();
    },
  };
}

/** The app's own main content (not the catalogue prerendered into index.html). */
export const APP_MAIN = "main#main:not([data-prerendered])";

/**
 * Opens `fragment` (e.g. "#/role/x") under the sub-path and waits for the app to start and for
 * the view's own code, which a split view fetches first (its "Loading…" note shows meanwhile).
 */
export async function go(state, page, fragment = "") {
  await page.goto(state.base + fragment);
  await page.waitForSelector(APP_MAIN);
  await page.waitForSelector(".view-loading", { state: "detached" });
}

/** Saves a screenshot under tests/e2e/artifacts/ for a human to look at. */
export async function screenshot(page, name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Writes `items` to localStorage before the app reads them: load once, write, open `fragment`, reload. */
export async function seedStorage(state, page, items, fragment = "#/progress") {
  await go(state, page, "#/");
  await page.evaluate((items) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v);
  }, items);
  await page.goto(state.base + fragment);
  await page.reload();
  await page.waitForSelector(APP_MAIN);
}

const AXE = path.resolve(here, "node_modules/axe-core/axe.min.js");

/**
 * Runs axe-core (WCAG 2.2 A and AA) on the page as it is; returns the violations as
 * "rule: target (summary)" lines, so a failing assertion says what to fix.
 */
export async function axeViolations(page) {
  // Evaluated through the DevTools protocol: the app's Content-Security-Policy forbids inline scripts.
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(fs.readFileSync(AXE, "utf8"));
  const results = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } }),
  );
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(" ")} (${n.failureSummary.replace(/\s+/g, " ").slice(0, 160)})`),
  );
}

/**
 * On My progress (open), chooses the first current role that leads to exactly one next level,
 * so there is a target with gaps; returns { current, target } (ids from this build's framework).
 */
export async function chooseRoleWithTarget(page) {
  const options = await page.locator("#current-role option:not([value=''])").evaluateAll((os) => os.map((o) => o.value));
  // The target is the next level by default: its bar is the second in "Where you stand".
  const bars = page.locator(".overview-bar");
  for (const role of options) {
    await page.selectOption("#current-role", role);
    await bars.first().waitFor();
    if ((await bars.count()) === 2) return { current: role, target: await bars.nth(1).getAttribute("data-role") };
  }
  throw new Error("no role of this framework leads to exactly one next level");
}

/** On My progress (open), chooses the first current role offered; returns its id. */
export async function chooseFirstRole(page) {
  const role = await page.locator("#current-role option:not([value=''])").first().getAttribute("value");
  await page.selectOption("#current-role", role);
  return role;
}
