// Issue 9, progress you can trust: no link or file can erase progress silently, previews say
// exactly what changes, merges can be undone, limits are explained before anything is saved,
// and storage faults are named for what they are. Roles and expectations are taken from the
// running app, so these tests hold for any framework.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { setup, openPage, go, screenshot, seedStorage } from "../helpers.js";
import { encodeLink } from "../link.js";

const s = setup();
const KEY = "rungs.progress";
const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../fixtures/progress");
const stored = (page) => page.evaluate((k) => localStorage.getItem(k), KEY);
const rows = (page) => page.locator(".assess-role").first().locator(".expectation");

/** Opens My progress with the first role of the framework chosen; returns its expectation keys. */
async function start(p) {
  await go(s, p.page, "#/progress");
  const role = await p.page.locator("#current-role option").nth(1).getAttribute("value");
  await p.page.selectOption("#current-role", role);
  await rows(p.page).first().waitFor();
  return { role, keys: await rows(p.page).evaluateAll((li) => li.map((e) => e.dataset.key)) };
}

async function rate(page, index, rating) {
  await rows(page).nth(index).locator(`input[value="${rating}"]`).check();
}

/** Writes localStorage before the app reads it. */
const seed = (p, items, fragment) => seedStorage(s, p.page, items, fragment);

const record = (progress) => JSON.stringify({ format: "rungs-progress", version: 2, progress });

test("a link dated in the future: the preview says what it clears, merge can be undone, later changes stay", async () => {
  const p = await openPage(s);
  const { role, keys } = await start(p);
  await rate(p.page, 0, "consistently");
  await rate(p.page, 1, "role_model");
  const far = 10n ** 15n; // the year 33658
  const link = encodeLink({ clearedAt: far, entries: [{ key: keys[2], rating: "developing", updated: far }] });
  await p.page.goto(`${s.base}#/progress?link=${link}`);
  const preview = p.page.locator('[data-testid="import-preview"]');
  await preview.waitFor();
  const text = await preview.innerText();
  assert.doesNotMatch(text, /Merge: changes nothing/);
  assert.match(text, /Merge: adds 1 assessment, clears 2 assessments and sets your current role to none and your target to the next level\. You can undo it right after\./);
  assert.match(text, /2 times in it lay in the future .* they count as made now/);
  await preview.locator("details.import-items", { hasText: "Show the 3 changes" }).first().locator("summary").click();
  assert.match(await preview.innerText(), /Clears Role model: /);
  await screenshot(p.page, "progress-future-link-preview");
  await preview.getByRole("button", { name: "Merge into mine" }).click();
  const undo = p.page.locator('[data-testid="undo"]');
  await undo.waitFor();
  assert.match(await undo.innerText(), /merged with the imported progress/);
  // Nothing stored lies in the future beyond the allowance.
  const times = (r) => [r.progress.cleared_at, r.progress.roles_updated, ...Object.values(r.progress.assessments).map((a) => a.updated)];
  const limit = Date.now() + 6 * 60 * 1000;
  assert.ok(times(JSON.parse(await stored(p.page))).every((t) => t < limit), await stored(p.page));
  // Changes made afterwards are saved and survive a reload (the bug: none could be).
  await p.page.selectOption("#current-role", role);
  await rows(p.page).first().waitFor();
  await rate(p.page, 3, "not_yet");
  await p.page.reload();
  await rows(p.page).first().waitFor();
  assert.equal(await rows(p.page).nth(3).locator('input[value="not_yet"]').isChecked(), true);
  assert.equal(await rows(p.page).nth(2).locator('input[value="developing"]').isChecked(), true);
  p.expectClean();
  await p.close();
});

test("merging can be undone right after", async () => {
  const p = await openPage(s);
  const { keys } = await start(p);
  await rate(p.page, 0, "developing");
  const link = encodeLink({ entries: [{ key: keys[0], rating: "role_model", updated: Date.now() + 1000 }, { key: keys[1], rating: "not_yet", updated: Date.now() }] });
  await p.page.goto(`${s.base}#/progress?link=${link}`);
  const preview = p.page.locator('[data-testid="import-preview"]');
  assert.match(await preview.innerText(), /Merge: adds 1 assessment and changes 1 assessment\./);
  await preview.getByRole("button", { name: "Merge into mine" }).click();
  await p.page.waitForSelector('[data-testid="undo"]');
  assert.equal(await rows(p.page).nth(0).locator('input[value="role_model"]').isChecked(), true);
  await p.page.click("#undo-reset");
  await p.page.waitForFunction(() => !document.querySelector('[data-testid="undo"]'));
  assert.equal(await rows(p.page).nth(0).locator('input[value="developing"]').isChecked(), true);
  assert.equal(await rows(p.page).nth(1).locator("input:checked").count(), 0);
  const saved = JSON.parse(await stored(p.page));
  assert.deepEqual(Object.values(saved.progress.assessments).filter((a) => a.rating).map((a) => a.rating), ["developing"]);
  p.expectClean();
  await p.close();
});

test("unknown roles and expectations in a link are named in the preview and kept", async () => {
  const p = await openPage(s);
  await go(s, p.page, "#/progress");
  const link = encodeLink({ current: "role-from-another-version", rolesUpdated: 5, entries: [{ key: "sfeedf00d", rating: "developing", updated: 10 }] });
  await p.page.goto(`${s.base}#/progress?link=${link}`);
  const preview = p.page.locator('[data-testid="import-preview"]');
  const text = await preview.innerText();
  assert.match(text, /1 assessed expectation is not in this framework .*: sfeedf00d\. They are kept/);
  assert.match(text, /Its role is not in this framework: role-from-another-version/);
  await preview.getByRole("button", { name: "Load this progress" }).click();
  await p.page.waitForFunction(() => location.hash === "#/progress");
  const saved = JSON.parse(await stored(p.page));
  assert.equal(saved.progress.current_role, "role-from-another-version");
  assert.equal(saved.progress.assessments.sfeedf00d.rating, "developing");
  assert.match(await p.page.locator(".role-pickers").innerText(), /no longer in this framework: role-from-another-version/);
  p.expectClean();
  await p.close();
});

test("stored times ahead of this device's clock: a new rating does not flip back", async () => {
  const p = await openPage(s);
  const { role, keys } = await start(p);
  const ahead = Date.now() + 24 * 3600 * 1000;
  await seed(p, { [KEY]: record({ current_role: role, roles_updated: ahead, assessments: { [keys[0]]: { rating: "role_model", updated: ahead } } }) });
  await rows(p.page).first().waitFor();
  await rate(p.page, 0, "not_yet");
  assert.equal(await rows(p.page).nth(0).locator('input[value="not_yet"]').isChecked(), true);
  await p.page.reload();
  await rows(p.page).first().waitFor();
  assert.equal(await rows(p.page).nth(0).locator('input[value="not_yet"]').isChecked(), true);
  p.expectClean();
  await p.close();
});

test("storage full at start-up: saved progress is shown; a save says full, never private mode", async () => {
  const p = await openPage(s);
  const { role, keys } = await start(p);
  await seed(p, { [KEY]: record({ current_role: role, roles_updated: 5, assessments: { [keys[0]]: { rating: "consistently", updated: 5 } } }) });
  await p.context.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("Quota exceeded", "QuotaExceededError");
    };
  });
  await p.page.reload();
  await rows(p.page).first().waitFor();
  assert.equal(await rows(p.page).nth(0).locator('input[value="consistently"]').isChecked(), true);
  assert.equal(await p.page.locator('[data-testid="storage-unavailable"]').count(), 0);
  await rate(p.page, 1, "developing");
  const error = p.page.locator('[data-testid="save-failed"]');
  await error.waitFor();
  assert.match(await error.innerText(), /storage for this site is full/);
  assert.doesNotMatch(await p.page.locator("main").innerText(), /private/i);
  p.expectClean();
  await p.close();
});

test("evidence notes have a counter and a limit, explained before anything is saved", async () => {
  const p = await openPage(s);
  await start(p);
  const row = rows(p.page).nth(0);
  await row.locator("details.evidence summary").click();
  assert.equal(await row.locator(".evidence-count").innerText(), "0 / 2,000 characters");
  assert.equal(await row.locator("textarea").getAttribute("maxlength"), "2000");
  await row.locator("textarea").fill("Ran the review");
  assert.equal(await row.locator(".evidence-count").innerText(), "14 / 2,000 characters");
  await row.locator("textarea").blur();
  const before = await stored(p.page);
  // Pasted past the limit by script (maxlength stops typing): refused with the reason.
  await row.locator("textarea").evaluate((t) => {
    t.value = "x".repeat(2100);
    t.dispatchEvent(new Event("input", { bubbles: true }));
    t.dispatchEvent(new Event("change", { bubbles: true }));
  });
  assert.match(await row.locator(".evidence-problem").innerText(), /2,100 characters long; at most 2,000 can be saved/);
  assert.equal(await stored(p.page), before);
  p.expectClean();
  await p.close();
});

test("an import file that is too large is refused unread", async () => {
  const p = await openPage(s);
  await go(s, p.page, "#/progress");
  const file = `/tmp/rungs-large-${process.pid}.json`;
  fs.writeFileSync(file, "x".repeat(2_500_000));
  await p.page.setInputFiles("#import-file", file);
  const error = p.page.locator(".data-tools .notice-error");
  await error.waitFor();
  assert.match(await error.innerText(), /is 2\.5 MB, and a Rungs progress file is at most 2 MB\. Nothing was changed/);
  p.expectClean();
  await p.close();
});

test("a link too long to travel is copied only after a warning", async () => {
  const p = await openPage(s, { context: { permissions: ["clipboard-read", "clipboard-write"] } });
  const { role } = await start(p);
  const assessments = {};
  for (let i = 0; i < 8; i++) assessments[`s${(0xa000 + i).toString(16).padStart(8, "0")}`] = { rating: "developing", evidence: { text: "n".repeat(400), date: "" }, updated: 10 + i };
  await seed(p, { [KEY]: record({ current_role: role, roles_updated: 5, assessments }) });
  await p.page.click("#copy-link");
  const warning = p.page.locator('[data-testid="long-link"]');
  await warning.waitFor();
  assert.match(await warning.innerText(), /This link is [\d,]+ characters long\. Some browsers, mail and chat tools cut links longer than 2,000/);
  assert.equal(await p.page.locator("#share-link").count(), 0, "nothing copied yet");
  await screenshot(p.page, "progress-long-link");
  await p.page.click("#copy-anyway");
  const link = await p.page.locator("#share-link").inputValue();
  assert.ok(link.length > 2000);
  assert.equal(await p.page.evaluate(() => navigator.clipboard.readText()), link);
  p.expectClean();
  await p.close();
});

test("a stored record and a share link from the previous release still open", async () => {
  const p = await openPage(s);
  const old = fs.readFileSync(path.join(FIXTURES, "v2-stored.json"), "utf8").trim();
  await seed(p, { [KEY]: old });
  assert.equal(await p.page.locator('[data-testid="recovered"]').count(), 0);
  assert.equal(await stored(p.page), old, "read without being rewritten");
  const link = fs.readFileSync(path.join(FIXTURES, "link-v1.txt"), "utf8").trim();
  await p.page.goto(`${s.base}#/progress?link=${link}`);
  const preview = p.page.locator('[data-testid="import-preview"]');
  await preview.waitFor();
  assert.match(await preview.innerText(), /It holds 3 assessments \(1 with evidence\)/);
  assert.match(await preview.innerText(), /Merge: changes nothing — you already have everything it holds\./);
  p.expectClean();
  await p.close();
});
