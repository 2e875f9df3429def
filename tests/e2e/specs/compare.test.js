// Issue 4: level comparison — aligned rows, word-level changes, only-differences, summary,
// add/remove/reorder, URL state with back/forward and bad ids.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup, openPage, go, screenshot } from "../helpers.js";

const s = setup();
const columns = (page) =>
  page.locator(".compare-table thead th.role-col").evaluateAll((els) => els.map((e) => e.dataset.role));
const hash = (page) => page.evaluate(() => location.hash);
const ETMG = '[data-key="competency:learning and development management"]';

test("compare L5 with L6 from a card: aligned rows with word-level changes", async () => {
  const p = await openPage(s);
  await go(s, p.page);
  await p.page.click('[data-role="sfia-senior-engineering-manager"] .role-card-actions a');
  await p.page.waitForSelector(".compare-table");
  assert.deepEqual(await columns(p.page), ["sfia-senior-engineering-manager", "sfia-director-of-engineering"]);
  const row = p.page.locator(`tr${ETMG}`);
  assert.match(await row.locator(".row-status").innerText(), /changed/i);
  const cells = row.locator("td.cell");
  assert.match(await cells.nth(0).innerText(), /Manages the provision of learning and development/);
  // The right-hand cell marks what was added and removed against the left.
  assert.ok((await cells.nth(1).locator("ins").count()) > 0);
  assert.ok((await cells.nth(1).locator("del").count()) > 0);
  assert.match(await cells.nth(1).locator("del").allInnerTexts().then((t) => t.join(" ")), /Manages/);
  // Readable without colour: underline and strike-through, with a legend.
  const styles = await cells.nth(1).evaluate((td) => ({
    ins: getComputedStyle(td.querySelector("ins")).textDecorationLine,
    del: getComputedStyle(td.querySelector("del")).textDecorationLine,
  }));
  assert.deepEqual(styles, { ins: "underline", del: "line-through" });
  assert.match(await p.page.locator(".legend").innerText(), /underlined.*struck through/);
  // The summary counts changes and links to their rows.
  const summary = p.page.locator('.pair-summary[data-pair="0"]');
  assert.match(await summary.locator(".summary-changed h4").innerText(), /Changed \(7\)/);
  assert.match(await summary.locator(".summary-new h4").innerText(), /New \(0\)/);
  await summary.getByRole("button", { name: "Supplier management" }).click();
  await p.page.waitForFunction(() => {
    const r = document.querySelector('[data-key="competency:supplier management"]').getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight;
  });
  await screenshot(p.page, "compare-l5-l6");
  p.expectClean();
  await p.close();
});

test("only differences hides rows whose text is the same", async () => {
  const p = await openPage(s);
  await go(s, p.page, "#/compare?roles=sfia-director-of-engineering,sfia-vp-of-engineering");
  await p.page.waitForSelector(".compare-table");
  const all = await p.page.locator("tr.compare-row").count();
  // Both are on the Management path from the same source: those rows are the same.
  const unchangedKeys = await p.page
    .locator("tr.compare-row.row-unchanged")
    .evaluateAll((els) => els.map((e) => e.dataset.key));
  assert.deepEqual(unchangedKeys, ["path", "source"]);
  await p.page.check("#only-differences");
  await p.page.waitForFunction((n) => document.querySelectorAll("tr.compare-row").length === n, all - 2);
  assert.equal(await p.page.locator('tr[data-key="path"]').count(), 0);
  assert.equal(await p.page.locator(`tr${ETMG}`).count(), 1, "changed rows stay");
  await p.page.uncheck("#only-differences");
  await p.page.waitForFunction((n) => document.querySelectorAll("tr.compare-row").length === n, all);
  p.expectClean();
  await p.close();
});

test("add a third role, reorder, remove; the URL follows and back/forward restore it", async () => {
  const p = await openPage(s);
  await go(s, p.page, "#/compare?roles=sfia-senior-engineering-manager,sfia-director-of-engineering");
  await p.page.waitForSelector(".compare-table");
  await p.page.selectOption("#add-role", "crafters-senior-engineering-manager");
  await p.page.waitForFunction(() => document.querySelectorAll("th.role-col").length === 3);
  assert.equal(
    await hash(p.page),
    "#/compare?roles=sfia-senior-engineering-manager,sfia-director-of-engineering,crafters-senior-engineering-manager",
  );
  // Roles from another framework: their matrix areas get rows; others say "not required".
  const crafts = p.page.locator('tr[data-key="competency:craftsmanship"] td.cell');
  assert.match(await crafts.nth(0).innerText(), /Not required at this level/);
  assert.match(await crafts.nth(2).innerText(), /C3: Delivers business value/);
  assert.equal(await p.page.locator(".pair-summary").count(), 2);
  await p.page.getByRole("button", { name: "Move Director of Engineering left" }).click();
  await p.page.waitForFunction(() => location.hash.startsWith("#/compare?roles=sfia-director-of-engineering,"));
  assert.deepEqual(await columns(p.page), [
    "sfia-director-of-engineering",
    "sfia-senior-engineering-manager",
    "crafters-senior-engineering-manager",
  ]);
  await p.page.reload();
  await p.page.waitForSelector(".compare-table");
  assert.equal((await columns(p.page))[0], "sfia-director-of-engineering");
  await p.page.goBack();
  await p.page.waitForFunction(() => document.querySelector("th.role-col")?.dataset.role === "sfia-senior-engineering-manager");
  await p.page.goForward();
  await p.page.waitForFunction(() => document.querySelector("th.role-col")?.dataset.role === "sfia-director-of-engineering");
  await p.page.getByRole("button", { name: "Remove Senior Engineering Manager" }).first().click();
  await p.page.waitForFunction(() => document.querySelectorAll("th.role-col").length === 2);
  await screenshot(p.page, "compare-cross-framework");
  p.expectClean();
  await p.close();
});

test("with one role chosen, its next level is suggested", async () => {
  const p = await openPage(s);
  await go(s, p.page, "#/compare?roles=sfia-director-of-engineering");
  const suggest = p.page.locator(".suggestion button");
  assert.match(await suggest.innerText(), /VP of Engineering/);
  await suggest.click();
  await p.page.waitForFunction(() => document.querySelectorAll("th.role-col").length === 2);
  assert.equal(await hash(p.page), "#/compare?roles=sfia-director-of-engineering,sfia-vp-of-engineering");
  await go(s, p.page, "#/compare");
  await p.page.waitForSelector(".empty-state");
  assert.match(await p.page.locator(".empty-state").innerText(), /Nothing to compare yet/);
  p.expectClean();
  await p.close();
});

test("a URL with a bad id keeps the known roles and says which was dropped", async () => {
  const p = await openPage(s);
  await go(s, p.page, "#/compare?roles=sfia-senior-engineering-manager,ghost,sfia-director-of-engineering");
  await p.page.waitForSelector(".notice-warning");
  assert.match(await p.page.locator(".notice-warning").innerText(), /“ghost” \(no such role\)/);
  assert.deepEqual(await columns(p.page), ["sfia-senior-engineering-manager", "sfia-director-of-engineering"]);
  assert.equal(await hash(p.page), "#/compare?roles=sfia-senior-engineering-manager,sfia-director-of-engineering");
  p.expectClean();
  await p.close();
});

test("narrow screens scroll the table sideways; print keeps the comparison readable", async () => {
  const p = await openPage(s, { context: { viewport: { width: 400, height: 800 } } });
  await go(s, p.page, "#/compare?roles=sfia-senior-engineering-manager,sfia-director-of-engineering,sfia-vp-of-engineering");
  await p.page.waitForSelector(".compare-table");
  const box = await p.page.locator(".compare-scroll").evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  assert.ok(box.scroll > box.client, "the table scrolls inside its box");
  assert.ok(await p.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), "the page itself does not overflow");
  // The row labels stay in place while scrolling sideways, so rows stay aligned.
  assert.equal(await p.page.locator("th.row-label").first().evaluate((el) => getComputedStyle(el).position), "sticky");
  await screenshot(p.page, "compare-narrow");
  await p.page.emulateMedia({ media: "print" });
  assert.equal(await p.page.locator(".compare-controls").isVisible(), false);
  assert.equal(await p.page.locator(".compare-table").isVisible(), true);
  const pdf = await p.page.pdf({ format: "A4", landscape: true });
  assert.ok(pdf.length > 10000);
  p.expectClean();
  await p.close();
});
