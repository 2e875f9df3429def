// Issue 2: the release build, served under a sub-path by a plain static server, starts and
// shows every role; start-up failures show a message instead of a blank page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup, openPage, go, screenshot } from "../helpers.js";

const s = setup();
const ROLES = [
  ["sfia-senior-engineering-manager", "Senior Engineering Manager", "Level 5"],
  ["handbook-senior-engineering-manager", "Senior Engineering Manager", "Level 5"],
  ["crafters-senior-engineering-manager", "Senior Engineering Manager", "Level 5"],
  ["sfia-director-of-engineering", "Director of Engineering", "Level 6"],
  ["sfia-vp-of-engineering", "VP of Engineering", "Level 7"],
];

test("the start page lists every role with level, path and source", async () => {
  const p = await openPage(s);
  await go(s, p.page);
  await p.page.waitForSelector("[data-role]");
  for (const [id, title, level] of ROLES) {
    const card = p.page.locator(`[data-role="${id}"]`);
    await assert.doesNotReject(card.waitFor(), `card for ${id}`);
    const text = await card.innerText();
    assert.match(text, new RegExp(title));
    assert.match(text, new RegExp(level));
    assert.match(text, /Management/);
  }
  assert.equal(await p.page.locator("[data-role]").count(), ROLES.length);
  assert.equal(await p.page.locator("#loading").count(), 0, "loading notice removed");
  assert.equal(await p.page.locator("#fatal").isHidden(), true);
  await screenshot(p.page, "foundation-start");
  p.expectClean();
  await p.close();
});

test("a loading notice shows before the app starts (on any view but the prerendered catalogue)", async () => {
  const p = await openPage(s);
  // Hold the wasm back so the page is seen as it is before start-up.
  let release;
  const held = new Promise((r) => (release = r));
  await p.page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await p.page.goto(s.base + "#/sources");
  await p.page.waitForSelector("#loading");
  assert.match(await p.page.locator("#loading").innerText(), /Loading/);
  release();
  await p.page.waitForSelector("[data-source]");
  assert.equal(await p.page.locator("#loading").count(), 0);
  p.expectClean();
  await p.close();
});

test("a wasm file that cannot be fetched shows an error, not a blank page", async () => {
  const p = await openPage(s, { allow: [/\.wasm/, /Failed to load resource/, /WebAssembly|fetch|Response/i] });
  await p.page.route(/\.wasm$/, (route) => route.abort());
  await p.page.goto(s.base);
  const fatal = p.page.locator("#fatal");
  await fatal.waitFor({ state: "visible" });
  assert.match(await fatal.innerText(), /could not start/);
  assert.equal(await p.page.locator("#loading").count(), 0);
  await screenshot(p.page, "foundation-load-failure");
  await p.close();
});

test("nothing outside the sub-path is requested", async () => {
  const p = await openPage(s);
  const urls = [];
  p.page.on("request", (r) => urls.push(r.url()));
  await go(s, p.page);
  await p.page.waitForSelector("[data-role]");
  for (const u of urls) assert.ok(u.startsWith(s.base), `request outside ${s.base}: ${u}`);
  p.expectClean();
  await p.close();
});

test("a panic shows an error message, never a blank page", async () => {
  const p = await openPage(s, { allow: [/self-test/, /unreachable/i, /RuntimeError/] });
  await go(s, p.page);
  await p.page.waitForSelector("[data-role]");
  // The app exports a self-test hook; nothing else makes it panic on demand.
  await p.page.evaluate(() => {
    try {
      window.wasmBindings.rungs_self_test_panic();
    } catch (_) {
      /* the panic aborts the call; what matters is what the page shows */
    }
  });
  const fatal = p.page.locator("#fatal");
  await fatal.waitFor({ state: "visible" });
  assert.match(await fatal.innerText(), /internal error.*self-test: a panic was requested/s);
  assert.match(await fatal.innerText(), /saved progress is kept/);
  await screenshot(p.page, "foundation-panic");
  await p.close();
});

test("moving to another page puts keyboard focus on its content", async () => {
  const p = await openPage(s);
  await go(s, p.page);
  await p.page.waitForSelector("[data-role]");
  await p.page.locator('[data-role="sfia-vp-of-engineering"] h2 a').focus();
  await p.page.keyboard.press("Enter");
  await p.page.waitForSelector('article.role-page[data-role="sfia-vp-of-engineering"]');
  await p.page.waitForFunction(() => document.activeElement?.id === "main");
  // On a fresh load the skip link is the first Tab stop, and it moves focus to the content.
  await p.page.goto(s.base + "#/sources");
  await p.page.reload();
  await p.page.waitForSelector("[data-source]");
  await p.page.keyboard.press("Tab");
  assert.equal(await p.page.evaluate(() => document.activeElement.className), "skip-link");
  await p.page.keyboard.press("Enter");
  assert.equal(await p.page.evaluate(() => document.activeElement.id), "main");
  assert.equal(await p.page.evaluate(() => location.hash), "#/sources", "the URL is left alone");
  p.expectClean();
  await p.close();
});

test("no view overflows sideways on a phone-sized screen", async () => {
  const p = await openPage(s, { context: { viewport: { width: 360, height: 740 } } });
  for (const fragment of [
    "#/",
    "#/?q=supplier&level=L6",
    "#/role/handbook-senior-engineering-manager",
    "#/role/crafters-senior-engineering-manager",
    "#/skill/ETMG",
    "#/compare?roles=sfia-senior-engineering-manager,sfia-director-of-engineering",
    "#/progress",
    "#/sources",
  ]) {
    await go(s, p.page, fragment);
    await p.page.waitForTimeout(50);
    const { scroll, width } = await p.page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      width: window.innerWidth,
    }));
    assert.ok(scroll <= width, `${fragment} is ${scroll}px wide on a ${width}px screen`);
  }
  await go(s, p.page, "#/progress");
  await p.page.selectOption("#current-role", "sfia-senior-engineering-manager");
  await p.page.waitForSelector(".assess-role");
  const wide = await p.page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 360, `progress with roles chosen is ${wide}px wide`);
  await screenshot(p.page, "phone-progress");
  p.expectClean();
  await p.close();
});

test("installable: a manifest whose start page and scope stay under the sub-path, and a description", async () => {
  const p = await openPage(s);
  await go(s, p.page, "#/");
  const href = await p.page.locator('link[rel="manifest"]').getAttribute("href");
  const manifestUrl = new URL(href, s.base);
  const response = await p.page.request.get(manifestUrl.href);
  assert.equal(response.status(), 200);
  const manifest = JSON.parse(await response.text());
  assert.ok(manifest.name && manifest.short_name && manifest.theme_color && manifest.background_color);
  assert.ok(new URL(manifest.start_url, manifestUrl).href.startsWith(s.base), manifest.start_url);
  assert.equal(new URL(manifest.scope, manifestUrl).href, s.base);
  for (const icon of manifest.icons) {
    const r = await p.page.request.get(new URL(icon.src, manifestUrl).href);
    assert.equal(r.status(), 200, `icon ${icon.src}`);
  }
  assert.ok((await p.page.locator('meta[name="description"]').getAttribute("content")).length > 40);
  p.expectClean();
  await p.close();
});
