// Issue 15, progress over time: each day with changes leaves a dated snapshot of the score per
// role and competency; My progress draws the trend (SVG, with a table) and lists what changed
// since a chosen day; export files carry the history and import merges it; an unreadable
// stored history is backed up, never overwritten. Built from whatever framework is bundled.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { setup, openPage, go, screenshot, axeViolations, chooseRoleWithTarget } from "../helpers.js";

const s = setup();
const KEY = "rungs.history";
const history = (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? "null"), KEY);

/** A date `days` before the YYYY-MM-DD `date`. */
function daysBefore(date, days) {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** Chooses roles and rates the target's first expectation "consistently"; returns the roles. */
async function rateOne(page) {
  await go(s, page, "#/progress");
  const roles = await chooseRoleWithTarget(page);
  await page.locator(`.assess-role[data-role="${roles.target}"] .expectation`).first().locator('input[value="consistently"]').check();
  await page.waitForFunction((k) => !!localStorage.getItem(k), KEY);
  return roles;
}

/** Stores, before today's snapshot, the same roles a month earlier with nothing met yet. */
async function addEarlierDay(page) {
  const h = await history(page);
  const today = h.snapshots.at(-1);
  const zero = (c) => [c[0], 0, 0, 0];
  const earlier = {
    date: daysBefore(today.date, 30),
    taken: today.taken - 30 * 86_400_000,
    roles: today.roles.map((r) => ({ role: r.role, score: zero(r.score), groups: r.groups.map(([g, c]) => [g, zero(c)]) })),
  };
  h.snapshots.unshift(earlier);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, JSON.stringify(h)]);
  return { today, earlier };
}

test("over time: a rating records today's snapshot, and an earlier day draws a trend and what changed", async () => {
  const p = await openPage(s);
  const { current, target } = await rateOne(p.page);
  const h = await history(p.page);
  assert.equal(h.format, "rungs-history");
  assert.equal(h.snapshots.length, 1, "one snapshot for today");
  const [today] = h.snapshots;
  assert.deepEqual(today.roles.map((r) => r.role), [current, target]);
  const targetNow = today.roles[1];
  assert.equal(targetNow.score[1], 1, "one expectation of the target met");
  assert.equal(targetNow.groups.reduce((n, [, c]) => n + c[1], 0), 1, "met in exactly one competency");
  // A second rating the same day replaces today's snapshot rather than adding one.
  await p.page.locator(`.assess-role[data-role="${target}"] .expectation`).nth(1).locator('input[value="role_model"]').check();
  await p.page.waitForFunction((k) => JSON.parse(localStorage.getItem(k)).snapshots[0].roles[1].score[1] === 2, KEY);
  assert.equal((await history(p.page)).snapshots.length, 1);

  const { earlier } = await addEarlierDay(p.page);
  await p.page.reload();
  const chart = p.page.getByTestId("trend-chart");
  await chart.waitFor();
  assert.equal(await chart.locator(".trend-series").count(), 2, "a line per tracked role");
  assert.equal(await chart.locator(`.trend-series[data-role="${target}"] circle`).count(), 2, "a point per recorded day");
  const label = await chart.locator("svg.chart-svg").getAttribute("aria-label");
  assert.match(label, new RegExp(`from ${earlier.date} to ${today.date}`));
  // The table holds the same numbers: a row per day, a column per role.
  await chart.locator(".trend-table summary").click();
  const rows = chart.locator(".trend-table tbody tr");
  assert.equal(await rows.count(), 2);
  assert.match(await rows.nth(0).innerText(), new RegExp(`${earlier.date}\\s+0% \\(0 of \\d+\\)\\s+0% \\(0 of ${targetNow.score[0]}\\)`));
  assert.match(await rows.nth(1).innerText(), new RegExp(`${today.date}.*\\(2 of ${targetNow.score[0]}\\)`));
  // What changed since the earlier day: the target gained two, in the competencies rated.
  const since = p.page.getByTestId("since");
  assert.equal(await since.locator("select").inputValue(), earlier.date);
  const targetChange = since.locator(`li[data-role="${target}"]`);
  assert.match(await targetChange.innerText(), new RegExp(`0 → 2 of ${targetNow.score[0]} met \\(\\+2\\)`));
  assert.ok((await targetChange.locator("ul li").count()) >= 1, "the competencies that moved are named");
  assert.deepEqual(await axeViolations(p.page), []);
  await p.page.emulateMedia({ colorScheme: "dark" });
  assert.deepEqual(await axeViolations(p.page), []);
  await p.page.emulateMedia({ colorScheme: "light" });
  await chart.scrollIntoViewIfNeeded();
  await screenshot(p.page, "progress-over-time");
  p.expectClean();
  await p.close();
});

test("over time: nothing recorded yet says so; an unreadable stored history is backed up, not lost", async () => {
  const p = await openPage(s);
  await go(s, p.page, "#/progress");
  await p.page.getByTestId("over-time-empty").waitFor();
  await p.page.evaluate((k) => localStorage.setItem(k, "{not a history"), KEY);
  await rateOne(p.page);
  assert.equal(await p.page.evaluate(() => localStorage.getItem("rungs.history.backup")), "{not a history");
  assert.equal((await history(p.page)).snapshots.length, 1, "a new history starts");
  await p.page.getByTestId("trend-chart").waitFor();
  p.expectClean();
  await p.close();
});

test("over time: an export file carries the history and an import in another browser merges it", async () => {
  const a = await openPage(s);
  const { target } = await rateOne(a.page);
  const { earlier } = await addEarlierDay(a.page);
  const [download] = await Promise.all([a.page.waitForEvent("download"), a.page.click("#export")]);
  const file = `/tmp/${process.pid}-history-${download.suggestedFilename()}`;
  await download.saveAs(file);
  const exported = JSON.parse(fs.readFileSync(file, "utf8"));
  assert.equal(exported.format, "rungs-progress");
  assert.deepEqual(exported.history.map((d) => d.date), [earlier.date, (await history(a.page)).snapshots[1].date]);

  const b = await openPage(s);
  await go(s, b.page, "#/progress");
  await b.page.setInputFiles("#import-file", file);
  const preview = b.page.getByTestId("import-preview");
  await preview.waitFor();
  assert.match(await preview.innerText(), /progress over time \(2 days\)/);
  await preview.getByRole("button", { name: "Load this progress" }).click();
  const chart = b.page.getByTestId("trend-chart");
  await chart.waitFor();
  await b.page.waitForFunction((k) => JSON.parse(localStorage.getItem(k) ?? "{}").snapshots?.length === 2, KEY);
  assert.equal(await chart.locator(`.trend-series[data-role="${target}"] circle`).count(), 2);
  assert.equal(await b.page.getByTestId("since").locator("select").inputValue(), earlier.date);
  fs.rmSync(file, { force: true });
  a.expectClean();
  b.expectClean();
  await a.close();
  await b.close();
});

test("over time: a share link carries the history only when asked, and opening it adds the days", async () => {
  const a = await openPage(s);
  const { target } = await rateOne(a.page);
  const { earlier } = await addEarlierDay(a.page);
  await go(s, a.page, "#/progress");
  await a.page.click("#copy-link");
  const plain = await a.page.locator("#share-link").inputValue();
  await a.page.check("#share-history");
  await a.page.click("#copy-link");
  await a.page.waitForFunction((p) => document.querySelector("#share-link").value !== p, plain);
  const withHistory = await a.page.locator("#share-link").inputValue();
  assert.ok(withHistory.length > plain.length, "the history makes the link longer");

  const b = await openPage(s);
  await b.page.goto(plain);
  let preview = b.page.getByTestId("import-preview");
  await preview.waitFor();
  assert.doesNotMatch(await preview.innerText(), /progress over time/, "a plain link carries no history");
  await b.page.goto(withHistory);
  await b.page.reload();
  preview = b.page.getByTestId("import-preview");
  await preview.waitFor();
  assert.match(await preview.innerText(), /progress over time \(2 days\)/);
  await preview.getByRole("button", { name: "Load this progress" }).click();
  await b.page.waitForFunction((k) => JSON.parse(localStorage.getItem(k) ?? "{}").snapshots?.[0]?.date, KEY);
  assert.equal((await history(b.page)).snapshots[0].date, earlier.date);
  await b.page.getByTestId("trend-chart").waitFor();
  assert.equal(await b.page.locator(`.trend-series[data-role="${target}"] circle`).count(), 2);
  a.expectClean();
  b.expectClean();
  await a.close();
  await b.close();
});

test("over time: migrating a version 1 progress record keeps the history stored beside it", async () => {
  const p = await openPage(s);
  await go(s, p.page, "#/progress");
  const { current, target } = await chooseRoleWithTarget(p.page);
  await p.page.evaluate(
    ([current, target, key]) => {
      localStorage.clear();
      const v1 = { format: "rungs-progress", version: 1, role: current, target, ratings: {}, saved: 1768435200000 };
      localStorage.setItem("rungs.progress", JSON.stringify(v1));
      const earlier = { date: "2026-01-15", taken: 1768435200000, roles: [{ role: current, score: [5, 1, 0, 0], groups: [] }] };
      localStorage.setItem(key, JSON.stringify({ format: "rungs-history", version: 1, snapshots: [earlier] }));
    },
    [current, target, KEY],
  );
  await p.page.reload();
  const row = p.page.locator(`.assess-role[data-role="${target}"] .expectation`).first();
  await row.locator('input[value="developing"]').check();
  await p.page.waitForFunction(() => JSON.parse(localStorage.getItem("rungs.progress")).version === 2);
  await p.page.waitForFunction((k) => JSON.parse(localStorage.getItem(k)).snapshots.length === 2, KEY);
  const h = await history(p.page);
  assert.deepEqual(h.snapshots[0], { date: "2026-01-15", taken: 1768435200000, roles: [{ role: current, score: [5, 1, 0, 0], groups: [] }] });
  assert.deepEqual(h.snapshots[1].roles.map((r) => r.role), [current, target]);
  p.expectClean();
  await p.close();
});
