// Issue 14: accessible in both themes. axe-core (WCAG 2.2 A and AA) reports nothing on every
// view, in light and dark, on desktop and phone widths; the header's theme switch (System,
// Light, Dark) is remembered and applied before the app starts, so a chosen theme never flashes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup, openPage, go, axeViolations, screenshot, chooseFirstRole, APP_MAIN } from "../helpers.js";

const s = setup();
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

/** Every view, opened the way a user reaches it, with ids taken from this build's framework. */
async function views(page, { review, reply }) {
  await go(s, page, "#/");
  const roles = await page.locator(`${APP_MAIN} [data-role]`).evaluateAll((cards) => cards.map((c) => c.dataset.role));
  assert.ok(roles.length >= 2, "the fixture framework has two roles to compare");
  // A competency page: the first role page that links to one.
  let skill = null;
  for (const role of roles) {
    await go(s, page, `#/role/${role}`);
    const links = page.locator(`${APP_MAIN} a[href^="#/skill/"]`);
    if (await links.count()) {
      skill = await links.first().getAttribute("href");
      break;
    }
  }
  assert.ok(skill, "the fixture framework has a competency page");
  return [
    ["catalogue", "#/", `${APP_MAIN} [data-role]`],
    ["role", `#/role/${roles[0]}`, `${APP_MAIN} h1`],
    ["skill", skill, `${APP_MAIN} h1`],
    ["comparison", `#/compare?roles=${roles[0]},${roles[1]}`, '.compare-table[data-complete="true"]'],
    ["progress", "#/progress", ".assess-role .expectation"],
    ["development plan", "#/progress/plan", ".plan-facts"],
    ["review", review, "[data-testid=review-form]"],
    ["reviews", "#/review", "[data-testid=review-list]"],
    ["reply", reply, "[data-testid=reply-view]"],
    ["replies", "#/progress/reply", "[data-testid=reply-list]"],
    ["sources", "#/sources", `${APP_MAIN} h1`],
    ["about", "#/about", `${APP_MAIN} h1`],
    ["not found", "#/no-such-view", `${APP_MAIN} h1`],
  ];
}

/**
 * Picks the first current role on the progress page and rates one expectation (so the trend
 * chart shows), then asks for a review, reviews it and opens the reply in this same browser.
 * Returns where the review and the reply are kept.
 */
async function startProgress(page) {
  await go(s, page, "#/progress");
  await chooseFirstRole(page);
  await page.locator(".assess-role .expectation").first().locator('input[type="radio"]').last().check();
  await page.getByTestId("trend-chart").waitFor();
  await page.click("#make-review-link");
  await go(s, page, new URL(await page.locator("#review-link").inputValue()).hash);
  await page.getByTestId("review-form").waitFor();
  const review = await page.evaluate(() => location.hash);
  await page.locator(".review-item").first().locator('input[type="radio"]').first().check();
  await page.locator(".review-item textarea").first().fill("A comment");
  await page.locator(".review-item textarea").first().blur();
  await page.click("#send-back");
  await go(s, page, new URL(await page.locator("#reply-link").inputValue()).hash);
  await page.getByTestId("reply-view").waitFor();
  return { review, reply: await page.evaluate(() => location.hash) };
}

for (const [width, viewport] of Object.entries(VIEWPORTS)) {
  for (const colorScheme of ["light", "dark"]) {
    test(`axe: every view, ${colorScheme}, ${width}`, async () => {
      const p = await openPage(s, { context: { colorScheme, viewport } });
      const kept = await startProgress(p.page);
      const found = [];
      for (const [name, fragment, ready] of await views(p.page, kept)) {
        await go(s, p.page, fragment);
        await p.page.waitForSelector(ready);
        for (const v of await axeViolations(p.page)) found.push(`${name}: ${v}`);
        if (width === "phone" && colorScheme === "dark") await screenshot(p.page, `a11y-${name}-dark-phone`);
      }
      assert.deepEqual(found, [], `${colorScheme} ${width}`);
      p.expectClean();
      await p.close();
    });
  }
}

const background = (page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const theme = (page) => page.evaluate(() => document.documentElement.dataset.theme ?? "system");

test("theme: the header's choice overrides the system's, is remembered, and applies before the app starts", async () => {
  const p = await openPage(s, { context: { colorScheme: "light" } });
  await go(s, p.page, "#/");
  const light = await background(p.page);
  const select = p.page.getByRole("combobox", { name: "Theme" });
  assert.equal(await select.inputValue(), "system");
  await select.selectOption("dark");
  assert.equal(await theme(p.page), "dark");
  const dark = await background(p.page);
  assert.notEqual(dark, light, "dark is darker than the system's light");
  assert.deepEqual(await axeViolations(p.page), [], "forced dark on a light system");
  await screenshot(p.page, "theme-dark-chosen");

  // After a reload the choice is there before the wasm has run: hold the wasm back and look.
  let release;
  const held = new Promise((r) => (release = r));
  await p.page.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await p.page.reload({ waitUntil: "domcontentloaded" });
  assert.equal(await theme(p.page), "dark", "applied by the start-up script");
  assert.equal(await background(p.page), dark, "no light flash while the app loads");
  release();
  await p.page.waitForSelector(APP_MAIN);
  assert.equal(await p.page.getByRole("combobox", { name: "Theme" }).inputValue(), "dark");

  // Back to the system's: nothing is stored, and the system's light shows again.
  await p.page.getByRole("combobox", { name: "Theme" }).selectOption("system");
  assert.equal(await theme(p.page), "system");
  assert.equal(await background(p.page), light);
  assert.equal(await p.page.evaluate(() => localStorage.getItem("rungs.theme")), null);
  await p.page.emulateMedia({ colorScheme: "dark" });
  assert.equal(await background(p.page), dark, "System follows the system's dark");
  p.expectClean();
  await p.close();
});
