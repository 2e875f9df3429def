// The release build has the plain catalogue prerendered into index.html: it paints before the
// wasm has loaded, the app takes it over without a flash or a layout shift, deep links never
// show it, and what a person typed meanwhile is kept.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup, openPage, APP_MAIN, screenshot } from "../helpers.js";

const s = setup();

/** Holds every wasm request until `release()` is called, so the page is seen before start-up. */
async function holdWasm(page) {
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const titles = (page, scope) => page.locator(`${scope} .role-card-title`).allInnerTexts();

test("the catalogue paints before the wasm loads, and the app takes it over without a shift", async () => {
  const p = await openPage(s);
  await p.page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  const release = await holdWasm(p.page);
  await p.page.goto(s.base);
  await p.page.waitForSelector("[data-prerendered] .role-card");
  const before = await titles(p.page, "[data-prerendered]");
  assert.ok(before.length > 0, "prerendered cards");
  assert.equal(await p.page.locator("#loading").isVisible(), false, "no loading notice over the cards");
  await screenshot(p.page, "prerender-before-start");
  const box = await p.page.locator("[data-prerendered] .role-card").first().boundingBox();
  release();
  await p.page.waitForSelector(APP_MAIN);
  assert.equal(await p.page.locator("[data-prerendered]").count(), 0, "the prerendered page is gone");
  assert.equal(await p.page.locator("#main").count(), 1, "one main content");
  assert.deepEqual(await titles(p.page, APP_MAIN), before, "the app shows the same cards");
  assert.deepEqual(await p.page.locator(".role-card").first().boundingBox(), box, "in the same place");
  await p.page.waitForTimeout(300);
  assert.equal(await p.page.evaluate(() => window.__shift), 0, "cumulative layout shift");
  p.expectClean();
  await p.close();
});

test("a deep link never shows the prerendered catalogue", async () => {
  const p = await openPage(s);
  const release = await holdWasm(p.page);
  await p.page.goto(s.base + "#/sources");
  await p.page.waitForSelector("#loading");
  assert.equal(await p.page.locator("main[data-prerendered]").isVisible(), false);
  // A filtered catalogue is another view than the prerendered one, too.
  await p.page.evaluate(() => { location.hash = "#/?q=zz"; });
  assert.equal(await p.page.locator("main[data-prerendered]").isVisible(), false);
  await p.page.evaluate(() => { location.hash = "#/sources"; });
  release();
  await p.page.waitForSelector("[data-source]");
  p.expectClean();
  await p.close();
});

test("text typed into the search box before the app starts is kept, with the focus", async () => {
  const p = await openPage(s);
  const release = await holdWasm(p.page);
  await p.page.goto(s.base);
  const first = (await titles(p.page, "[data-prerendered]"))[0];
  const word = first.split(/\s+/)[0].toLowerCase();
  await p.page.locator("[data-prerendered] #search").click();
  await p.page.keyboard.type(word);
  release();
  await p.page.waitForSelector(APP_MAIN);
  assert.equal(await p.page.inputValue("#search"), word);
  assert.equal(await p.page.evaluate(() => document.activeElement.id), "search");
  assert.match(decodeURIComponent(await p.page.evaluate(() => location.hash)), new RegExp(`q=${word}`));
  await p.page.waitForFunction(() => /match/.test(document.getElementById("results-count").textContent));
  // Typing goes on in the live box.
  await p.page.keyboard.type("x");
  assert.equal(await p.page.inputValue("#search"), word + "x");
  p.expectClean();
  await p.close();
});

test("without JavaScript the catalogue's roles are still listed", async () => {
  const p = await openPage(s, { context: { javaScriptEnabled: false } });
  await p.page.goto(s.base);
  assert.ok((await titles(p.page, "[data-prerendered]")).length > 0);
  await p.close();
});
