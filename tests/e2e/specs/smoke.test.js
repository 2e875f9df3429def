// The flows that hold for any framework: catalogue, role, comparison and progress, with every
// id and title read from the running app. `make test` runs this against a build of data/ (or of
// `make test DATA=dir`), so an organisation's own framework is checked end to end too.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup, openPage, go } from "../helpers.js";

const s = setup();

test("smoke: the catalogue lists roles and filters them by a word of a title", async () => {
  const p = await openPage(s);
  await go(s, p.page, "#/");
  await p.page.waitForSelector("[data-role]");
  const cards = p.page.locator("[data-role]");
  const total = await cards.count();
  assert.ok(total > 0, "at least one role");
  const title = (await cards.first().locator("h2, h3").first().innerText()).trim();
  const word = title.split(/\s+/).sort((a, b) => b.length - a.length)[0];
  await p.page.fill("#search", word);
  await p.page.waitForFunction((w) => decodeURIComponent(location.hash).includes(w), word);
  const hits = await cards.count();
  assert.ok(hits >= 1 && hits <= total, `${hits} of ${total} for “${word}”`);
  p.expectClean();
  await p.close();
});

test("smoke: a role page opens from its card and survives a reload", async () => {
  const p = await openPage(s);
  await go(s, p.page, "#/");
  const card = p.page.locator("[data-role]").first();
  await card.waitFor();
  const title = (await card.locator("h2 a, h3 a").first().innerText()).trim();
  await card.locator("h2 a, h3 a").first().click();
  await p.page.waitForFunction(() => location.hash.startsWith("#/role/"));
  assert.equal((await p.page.locator("main h1").innerText()).trim(), title);
  await p.page.reload();
  await p.page.waitForSelector("main h1");
  assert.equal((await p.page.locator("main h1").innerText()).trim(), title);
  p.expectClean();
  await p.close();
});

test("smoke: two roles compare side by side", async () => {
  const p = await openPage(s);
  await go(s, p.page, "#/");
  await p.page.waitForSelector("[data-role]");
  const ids = await p.page.locator("[data-role]").evaluateAll((c) => c.map((e) => e.dataset.role));
  const pair = ids.length > 1 ? ids.slice(0, 2) : [ids[0], ids[0]];
  await go(s, p.page, `#/compare?roles=${pair.join(",")}`);
  await p.page.waitForSelector("main h1");
  assert.ok((await p.page.locator("main table, main [role=table]").count()) > 0, "a comparison table");
  p.expectClean();
  await p.close();
});

test("smoke: progress on the first role is kept across a reload", async () => {
  const p = await openPage(s);
  await go(s, p.page, "#/progress");
  const role = await p.page.locator("#current-role option").nth(1).getAttribute("value");
  await p.page.selectOption("#current-role", role);
  const first = p.page.locator(".expectation").first();
  await first.waitFor();
  await first.locator('input[value="consistently"]').check();
  await p.page.reload();
  await p.page.locator(".expectation").first().waitFor();
  assert.equal(await p.page.locator(".expectation").first().locator('input[value="consistently"]').isChecked(), true);
  // The bar of the role that expectation belongs to (the target is listed first) moved.
  const rated = await p.page.locator(".assess-role").first().getAttribute("data-role");
  const bar = p.page.locator(`.overview-bar[data-role="${rated}"] [role=progressbar]`);
  assert.ok(Number(await bar.getAttribute("aria-valuenow")) > 0, await bar.getAttribute("aria-valuetext"));
  p.expectClean();
  await p.close();
});
