// Level comparison (issues 4 and 13): "What is new at <level>" in plain statements, lines that
// follow each statement across the roles, clean text by default with earlier wording on demand,
// only differences, collapsible rows, a sticky header, one column pair at a time on a phone,
// print, "assess these" into My progress, axe in light and dark; add/remove/reorder in the URL.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup, openPage, go, screenshot, axeViolations } from "../helpers.js";

const s = setup();
const columns = (page) =>
  page.locator(".compare-table thead th.role-col").evaluateAll((els) => els.map((e) => e.dataset.role));
const hash = (page) => page.evaluate(() => location.hash);
const L5_L6 = "#/compare?roles=sfia-senior-engineering-manager,sfia-director-of-engineering";
const L5_L6_L7 = `${L5_L6},sfia-vp-of-engineering`;
const ETMG = '[data-key="competency:learning and development management"]';
const EVALUATES = "Evaluates learning outcomes.";

/** Visible text that is struck through, anywhere on the page. */
const struckText = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((el) => el.checkVisibility() && el.innerText?.trim())
      .filter((el) => getComputedStyle(el).textDecorationLine.includes("line-through") || ["DEL", "S", "STRIKE"].includes(el.tagName))
      .map((el) => el.innerText.trim()),
  );

test("L5 to L6 from a card: what is new at Level 6, in full, grouped by competency", async () => {
  const p = await openPage(s);
  await go(s, p.page);
  await p.page.click('[data-role="sfia-senior-engineering-manager"] .role-card-actions a');
  await p.page.waitForSelector('.compare-table[data-complete="true"]');
  assert.equal(await hash(p.page), L5_L6);
  assert.deepEqual(await columns(p.page), ["sfia-senior-engineering-manager", "sfia-director-of-engineering"]);
  const pair = p.page.locator('.pair-summary[data-pair="0"]');
  assert.equal(await pair.locator("h3").innerText(), "What is new at Level 6");
  // The statement only Level 6 has is listed in full under its competency, marked new in words.
  const group = pair.locator(".summary-group", { has: p.page.locator("h4", { hasText: "Learning and development management" }) }).first();
  const entry = group.locator(".summary-entry", { hasText: EVALUATES });
  assert.equal(await entry.locator(".summary-text").innerText(), EVALUATES);
  assert.equal(await entry.locator(".tag").innerText(), "NEW");
  assert.match(await pair.locator(".pair-counts").innerText(), /\d+ new, \d+ changed, \d+ no longer listed/);
  // Each column reads as its own text: nothing is struck through by default.
  assert.deepEqual(await struckText(p.page), []);
  // The summary goes to the statement's line, in view below the sticky header, with focus.
  await entry.click();
  await p.page.waitForFunction((t) => document.activeElement?.classList.contains("said") && document.activeElement.innerText.includes(t), EVALUATES);
  const box = await p.page.evaluate(() => {
    const r = document.activeElement.getBoundingClientRect();
    const head = document.querySelector(".compare-table thead").getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, headBottom: head.bottom, h: innerHeight };
  });
  assert.ok(box.top >= box.headBottom - 1 && box.bottom <= box.h, JSON.stringify(box));
  // In the table, the L6 statement sits in the Director column, marked new.
  const said = p.page.locator(`tbody${ETMG} + tbody .col-1 .said`, { hasText: EVALUATES });
  assert.equal(await said.locator(".tag").innerText(), "NEW");
  assert.match(await said.getAttribute("class"), /step-new/);
  // What Level 6 no longer lists: drawn when opened, each in full, as many as it says.
  const dropped = pair.locator(".summary-dropped");
  const count = Number((await dropped.locator("summary").innerText()).match(/No longer listed \((\d+)\)/)[1]);
  await dropped.locator("summary").click();
  await dropped.locator(".summary-entry").first().waitFor();
  assert.equal(await dropped.locator(".summary-entry").count(), count);
  assert.ok(await dropped.locator(".summary-entry", { hasText: "Uses data to assess and improve the effectiveness of learning or educational activities." }).count());
  await screenshot(p.page, "compare-l5-l6");
  p.expectClean();
  await p.close();
});

test("earlier wording on demand; rows expand and collapse by keyboard", async () => {
  const p = await openPage(s);
  await go(s, p.page, L5_L6);
  await p.page.waitForSelector('.compare-table[data-complete="true"]');
  const changed = p.page.locator(".said.step-changed").first();
  assert.equal(await changed.locator(".earlier").count(), 0);
  await p.page.check("#show-earlier");
  await p.page.waitForSelector(".said.step-changed .earlier");
  assert.match(await p.page.locator(".said.step-changed .earlier").first().innerText(), /^Earlier: \S/);
  await p.page.uncheck("#show-earlier");
  await p.page.waitForFunction(() => !document.querySelector(".earlier"));

  const all = await p.page.locator(".compare-lines .said").count();

  // Collapse a row with the keyboard; its lines go, its header stays; Enter again brings them back.
  const toggle = p.page.locator(`tbody${ETMG} .row-toggle`);
  assert.equal(await toggle.getAttribute("aria-expanded"), "true");
  const linesOf = p.page.locator(`#${await p.page.locator(`tbody${ETMG}`).getAttribute("id")}-lines .said`);
  assert.ok((await linesOf.count()) > 0);
  await toggle.focus();
  await p.page.keyboard.press("Enter");
  await p.page.waitForFunction((sel) => document.querySelector(sel).getAttribute("aria-expanded") === "false", `tbody${ETMG} .row-toggle`);
  assert.equal(await linesOf.count(), 0);
  await p.page.keyboard.press("Enter");
  await p.page.waitForFunction((sel) => document.querySelector(sel).getAttribute("aria-expanded") === "true", `tbody${ETMG} .row-toggle`);
  await p.page.getByRole("button", { name: "Collapse all" }).click();
  await p.page.waitForFunction(() => document.querySelectorAll(".compare-lines .said").length === 0);
  // Going to a statement from the summary opens its row again.
  await p.page.locator(".summary-entry", { hasText: EVALUATES }).click();
  await p.page.waitForFunction((t) => document.activeElement?.innerText?.includes(t), EVALUATES);
  await p.page.getByRole("button", { name: "Expand all" }).click();
  await p.page.waitForFunction((n) => document.querySelectorAll(".compare-lines .said").length === n, all);
  await p.page.check("#only-differences");
  await p.page.uncheck("#only-differences");
  // The comparison was computed once for this selection: toggles and collapsing reuse it.
  assert.equal(await p.page.locator(".compare-table").getAttribute("data-builds"), "1");
  await p.page.selectOption("#add-role", "sfia-vp-of-engineering");
  await p.page.waitForFunction(() => document.querySelector(".compare-table")?.dataset.builds === "2");
  p.expectClean();
  await p.close();
});

test("the table header stays in view while scrolling", async () => {
  const p = await openPage(s);
  await go(s, p.page, L5_L6);
  await p.page.waitForSelector('.compare-table[data-complete="true"]');
  await p.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight * 0.7));
  await p.page.waitForTimeout(100);
  const pos = await p.page.evaluate(() => {
    const head = document.querySelector(".compare-table thead th").getBoundingClientRect();
    const site = document.querySelector(".site-header").getBoundingClientRect();
    return { top: head.top, siteBottom: site.bottom, scrolled: scrollY };
  });
  assert.ok(pos.scrolled > 500, JSON.stringify(pos));
  assert.ok(Math.abs(pos.top - pos.siteBottom) <= 2, `header sticks under the site header: ${JSON.stringify(pos)}`);
  await screenshot(p.page, "compare-sticky-header");
  p.expectClean();
  await p.close();
});

test("assess these: the new statements open in My progress, rated there and kept", async () => {
  const p = await openPage(s);
  await go(s, p.page, L5_L6);
  const assess = p.page.locator('.pair-summary[data-pair="0"] .summary-assess a');
  const n = Number((await assess.innerText()).match(/Assess these (\d+) statements/)[1]);
  assert.ok(n > 0);
  await assess.click();
  await p.page.waitForFunction(() => location.hash.startsWith("#/progress?focus=sfia-director-of-engineering&since=sfia-senior-engineering-manager"));
  const list = p.page.locator(".focus-list");
  await list.waitFor();
  assert.equal(await list.locator("h2").innerText(), "What is new at Level 6");
  assert.equal(await list.locator(".expectation").count(), n);
  // The person arrives at the list: its heading has focus.
  assert.equal(await p.page.evaluate(() => document.activeElement?.id), "focus-h");
  const row = list.locator(".expectation", { hasText: EVALUATES });
  await row.getByLabel("Developing").check();
  await p.page.reload();
  await p.page.locator(".focus-list").waitFor();
  assert.equal(await p.page.locator(".focus-list .expectation", { hasText: EVALUATES }).getByLabel("Developing").isChecked(), true);
  await screenshot(p.page, "compare-assess-these");
  await p.page.getByRole("link", { name: "Back to the comparison" }).click();
  await p.page.waitForFunction(() => location.hash === "#/compare?roles=sfia-senior-engineering-manager,sfia-director-of-engineering");
  await go(s, p.page, "#/progress?focus=ghost&since=sfia-senior-engineering-manager");
  assert.match(await p.page.locator(".notice-warning").innerText(), /“ghost” is not a role of this framework/);
  p.expectClean();
  await p.close();
});

test("axe: no WCAG 2.2 A/AA violations on the comparison, light and dark, desktop and phone", async () => {
  for (const colorScheme of ["light", "dark"]) {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
      const p = await openPage(s, { context: { colorScheme, viewport } });
      await go(s, p.page, L5_L6_L7);
      await p.page.waitForSelector('.compare-table[data-complete="true"]');
      await p.page.check("#show-earlier");
      assert.deepEqual(await axeViolations(p.page), [], `${colorScheme} ${viewport.width}px`);
      await go(s, p.page, "#/progress?focus=sfia-director-of-engineering&since=sfia-senior-engineering-manager");
      await p.page.locator(".focus-list").waitFor();
      assert.deepEqual(await axeViolations(p.page), [], `assess these, ${colorScheme} ${viewport.width}px`);
      p.expectClean();
      await p.close();
    }
  }
});

test("a phone shows one pair of columns at a time, switched without losing the alignment", async () => {
  const p = await openPage(s, { context: { viewport: { width: 390, height: 844 } } });
  await go(s, p.page, L5_L6_L7);
  await p.page.waitForSelector('.compare-table[data-complete="true"]');
  const shown = () =>
    p.page.locator(".compare-table thead th.role-col").evaluateAll((els) => els.filter((e) => e.checkVisibility()).map((e) => e.dataset.role));
  assert.deepEqual(await shown(), ["sfia-senior-engineering-manager", "sfia-director-of-engineering"]);
  assert.ok(await p.page.evaluate(() => document.documentElement.scrollWidth <= innerWidth + 1), "the page does not overflow");
  const next = p.page.getByRole("button", { name: "What is new at Level 7" });
  await next.click();
  assert.equal(await next.getAttribute("aria-pressed"), "true");
  assert.deepEqual(await shown(), ["sfia-director-of-engineering", "sfia-vp-of-engineering"]);
  // Lines stay aligned: each table row's visible cells start at the same height.
  const misaligned = await p.page.evaluate(() =>
    [...document.querySelectorAll(".compare-lines tr.line")].filter((tr) => {
      const tops = [...tr.cells].filter((c) => c.checkVisibility()).map((c) => Math.round(c.getBoundingClientRect().top));
      return new Set(tops).size > 1;
    }).length,
  );
  assert.equal(misaligned, 0);
  assert.ok(await p.page.evaluate(() => document.documentElement.scrollWidth <= innerWidth + 1), "the page does not overflow");
  await screenshot(p.page, "compare-phone");
  // Removing the last role leaves one pair: both of its columns show, not one.
  await p.page.getByRole("button", { name: "Remove VP of Engineering" }).click();
  await p.page.waitForFunction(() => document.querySelectorAll("th.role-col").length === 2);
  assert.deepEqual(await shown(), ["sfia-senior-engineering-manager", "sfia-director-of-engineering"]);
  p.expectClean();
  await p.close();
});

test("print: the summary and every column print, without controls or struck-through text", async () => {
  const p = await openPage(s);
  await go(s, p.page, L5_L6_L7);
  await p.page.waitForSelector('.compare-table[data-complete="true"]');
  await p.page.check("#show-earlier");
  // Printing (here to PDF) fires "beforeprint": lists drawn on demand are drawn for paper.
  assert.equal(await p.page.locator(".summary-dropped .summary-entry").count(), 0, "not drawn until opened");
  const pdf = await p.page.pdf({ format: "A4" });
  assert.ok(pdf.length > 10000);
  await p.page.emulateMedia({ media: "print" });
  assert.equal(await p.page.locator(".compare-controls").isVisible(), false);
  assert.equal(await p.page.locator(".table-controls").isVisible(), false);
  assert.equal(await p.page.locator(".compare-summary").isVisible(), true);
  assert.equal(await p.page.locator(".summary-dropped .summary-entry").first().isVisible(), true, "what is no longer listed prints too");
  assert.equal(await p.page.locator(".compare-table thead th.role-col:visible").count(), 3);
  assert.deepEqual(await struckText(p.page), []);
  p.expectClean();
  await p.close();
});

test("add a third role, reorder, remove; the URL follows and back/forward restore it", async () => {
  const p = await openPage(s);
  await go(s, p.page, L5_L6);
  await p.page.waitForSelector('.compare-table[data-complete="true"]');
  await p.page.selectOption("#add-role", "crafters-senior-engineering-manager");
  // Each step waits for the state it names rather than asserting at once: on a slow CI machine
  // the URL, the columns and the summaries are not all updated in the same frame.
  await p.page.waitForFunction(() => document.querySelectorAll("th.role-col").length === 3);
  await p.page.waitForSelector('.compare-table[data-complete="true"]');
  await p.page.waitForFunction((h) => location.hash === h, `${L5_L6},crafters-senior-engineering-manager`);
  // Roles from another framework: their matrix areas get rows; others say "not required".
  const crafts = p.page.locator('tbody[data-key="competency:craftsmanship"] + tbody .badge-line td');
  assert.match(await crafts.nth(0).innerText(), /Not required at this level/);
  assert.match(await crafts.nth(2).innerText(), /C3/);
  const craftsLines = p.page.locator('tbody[data-key="competency:craftsmanship"] + tbody .col-2 .said');
  assert.match(await craftsLines.first().innerText(), /Delivers business value/);
  await p.page.waitForFunction(() => document.querySelectorAll(".pair-summary").length === 2);
  await p.page.getByRole("button", { name: "Move Director of Engineering left" }).click();
  await p.page.waitForFunction(() => location.hash.startsWith("#/compare?roles=sfia-director-of-engineering,"));
  await p.page.waitForFunction(() => document.querySelector("th.role-col")?.dataset.role === "sfia-director-of-engineering");
  assert.deepEqual(await columns(p.page), [
    "sfia-director-of-engineering",
    "sfia-senior-engineering-manager",
    "crafters-senior-engineering-manager",
  ]);
  await p.page.reload();
  await p.page.waitForSelector('.compare-table[data-complete="true"]');
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
  assert.equal(await hash(p.page), L5_L6);
  p.expectClean();
  await p.close();
});
