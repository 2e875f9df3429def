// Issue 5: personal progress — assess, keep, share, export/import, reset/undo, and every
// bad-input and fault case, checking that no stored byte is lost.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { setup, openPage, go, screenshot, seedStorage } from "../helpers.js";

const s = setup();
const KEY = "rungs.progress";
const BACKUP = "rungs.progress.backup";
const DIRECTOR = "sfia-director-of-engineering";
const SEM = "sfia-senior-engineering-manager";

const stored = (page, key = KEY) => page.evaluate((k) => localStorage.getItem(k), key);
const expectations = (page, role) => page.locator(`.assess-role[data-role="${role}"] .expectation`);

/** Opens the progress page, picks SEM as current role (target: its next level, Director). */
async function startAssessing(p) {
  await go(s, p.page, "#/progress");
  await p.page.selectOption("#current-role", SEM);
  await expectations(p.page, DIRECTOR).first().waitFor();
}

async function rate(page, role, index, rating) {
  await expectations(page, role).nth(index).locator(`input[value="${rating}"]`).check();
}

/** Writes localStorage before the app reads it. */
const seed = (p, items, fragment) => seedStorage(s, p.page, items, fragment);

const validProgress = JSON.stringify({
  format: "rungs-progress",
  version: 2,
  progress: {
    current_role: SEM,
    roles_updated: 1000,
    assessments: { s0123abcd: { rating: "developing", updated: 1000 } },
    cleared_at: 0,
  },
});

test("assess, reload, and see bars on the progress page, the cards and the comparison", async () => {
  const p = await openPage(s);
  // Progress never leaves the browser: every request stays on the static site, and only GETs.
  const requests = [];
  p.page.on("request", (r) => requests.push(`${r.method()} ${r.url()}`));
  await startAssessing(p);
  const total = await expectations(p.page, DIRECTOR).count();
  for (let i = 0; i < 4; i++) await rate(p.page, DIRECTOR, i, "consistently");
  await rate(p.page, DIRECTOR, 4, "developing");
  const bar = p.page.locator(`.overview-bar[data-role="${DIRECTOR}"] [role=progressbar]`);
  const expected = Math.floor((4 * 100) / total);
  assert.equal(await bar.getAttribute("aria-valuenow"), String(expected));
  // Evidence with a date.
  const row = expectations(p.page, DIRECTOR).nth(0);
  await row.locator("details.evidence summary").click();
  await row.locator("textarea").fill("Ran the 2026 L&D plan for three teams");
  await row.locator("textarea").blur();
  await row.locator('input[type="date"]').fill("2026-10-15");
  await row.locator('input[type="date"]').blur();
  const saved = JSON.parse(await stored(p.page));
  assert.equal(saved.version, 2);
  assert.equal(Object.values(saved.progress.assessments).filter((a) => a.rating === "consistently").length, 4);
  assert.ok(Object.values(saved.progress.assessments).some((a) => a.evidence?.date === "2026-10-15"));
  // The gap list names what is not met, and "Assess" focuses it.
  const gaps = p.page.locator('[data-testid="gaps"]');
  assert.match(await gaps.locator("h3").innerText(), new RegExp(`${total - 4} expectations are not yet met`));
  await gaps.getByRole("button", { name: "Assess" }).first().click();
  assert.equal(await p.page.evaluate(() => document.activeElement.type), "radio");
  // The chart draws one row per competency of the target.
  assert.equal(await p.page.locator(".chart-svg .chart-row").count(), 4);
  await screenshot(p.page, "progress-assessed");

  await p.page.reload();
  await p.page.waitForSelector(`.overview-bar[data-role="${DIRECTOR}"]`);
  assert.equal(await bar.getAttribute("aria-valuenow"), String(expected));
  assert.equal(await expectations(p.page, DIRECTOR).nth(0).locator('input[value="consistently"]').isChecked(), true);
  assert.equal(await expectations(p.page, DIRECTOR).nth(0).locator("textarea").inputValue(), "Ran the 2026 L&D plan for three teams");

  await go(s, p.page, "#/");
  const cardBar = p.page.locator(`[data-role="${DIRECTOR}"] .role-card-progress [role=progressbar]`);
  assert.equal(await cardBar.getAttribute("aria-valuenow"), String(expected));
  assert.equal(await p.page.locator(`[data-role="${SEM}"] .role-card-progress [role=progressbar]`).count(), 0);
  await go(s, p.page, `#/role/${DIRECTOR}`);
  const roleBar = p.page.locator(".role-page-progress [role=progressbar]");
  assert.equal(await roleBar.getAttribute("aria-valuenow"), String(expected));
  await go(s, p.page, `#/compare?roles=${SEM},${DIRECTOR}`);
  const colBar = p.page.locator(`th[data-role="${DIRECTOR}"] [role=progressbar]`);
  assert.equal(await colBar.getAttribute("aria-valuenow"), String(expected));
  assert.ok(requests.length > 0);
  for (const r of requests) assert.ok(r.startsWith(`GET ${s.base}`), `unexpected request: ${r}`);
  p.expectClean();
  await p.close();
});

test("two open tabs stay in step and neither overwrites the other's newer change", async () => {
  const a = await openPage(s);
  await startAssessing(a);
  const b = await a.context.newPage();
  await b.goto(s.base + "#/progress");
  await expectations(b, DIRECTOR).first().waitFor();
  await rate(a.page, DIRECTOR, 0, "role_model");
  // Tab B sees tab A's change without a reload.
  await b.waitForFunction(
    (role) => document.querySelectorAll(`.assess-role[data-role="${role}"] .expectation`)[0].querySelector('input[value="role_model"]').checked,
    DIRECTOR,
  );
  await rate(b, DIRECTOR, 1, "not_yet");
  await a.page.waitForFunction(
    (role) => document.querySelectorAll(`.assess-role[data-role="${role}"] .expectation`)[1].querySelector('input[value="not_yet"]').checked,
    DIRECTOR,
  );
  await rate(a.page, DIRECTOR, 2, "developing");
  const saved = JSON.parse(await stored(a.page));
  const ratings = Object.values(saved.progress.assessments).map((x) => x.rating).sort();
  assert.deepEqual(ratings, ["developing", "not_yet", "role_model"]);
  a.expectClean();
  await a.close();
});

test("copy link, open it in a fresh browser, and merge with what is there", async () => {
  const a = await openPage(s, { context: { permissions: ["clipboard-read", "clipboard-write"] } });
  await startAssessing(a);
  await rate(a.page, DIRECTOR, 0, "consistently");
  await rate(a.page, DIRECTOR, 1, "role_model");
  await a.page.click("#copy-link");
  const link = await a.page.locator("#share-link").inputValue();
  assert.match(link, /#\/progress\?link=[A-Za-z0-9_-]+$/);
  assert.ok(link.startsWith(s.base), "the link points at this deployment, sub-path included");
  assert.equal(await a.page.evaluate(() => navigator.clipboard.readText()), link);
  assert.ok(link.length < 400, `link is ${link.length} characters`);

  const b = await openPage(s);
  await startAssessing(b);
  await rate(b.page, DIRECTOR, 5, "developing");
  const before = await stored(b.page);
  await b.page.goto(link);
  const preview = b.page.locator('[data-testid="import-preview"]');
  await preview.waitFor();
  const text = await preview.innerText();
  assert.match(text, /It holds 2 assessments/);
  assert.match(text, /Merge: adds 2 assessments\. You can undo it right after\./);
  assert.match(text, /Replace: adds 2 assessments and clears 1 assessment\./);
  // It shows what it holds, item by item.
  await preview.locator("details.import-holds-items summary").click();
  const items = await preview.locator("details.import-holds-items li").allInnerTexts();
  assert.equal(items.length, 2);
  assert.ok(items.some((t) => /^Role model: Learning and development management \(ETMG\) — /.test(t)), items.join("\n"));
  // Nothing changes until the user chooses.
  assert.equal(await stored(b.page), before);
  await screenshot(b.page, "progress-link-preview");
  await preview.getByRole("button", { name: "Merge into mine" }).click();
  await b.page.waitForFunction(() => location.hash === "#/progress");
  const merged = JSON.parse(await stored(b.page));
  assert.equal(Object.keys(merged.progress.assessments).length, 3);
  a.expectClean();
  b.expectClean();
  await a.close();
  await b.close();
});

test("export to a file, then import it elsewhere with a preview", async () => {
  const a = await openPage(s);
  await startAssessing(a);
  await rate(a.page, DIRECTOR, 3, "consistently");
  const [download] = await Promise.all([a.page.waitForEvent("download"), a.page.click("#export")]);
  assert.match(download.suggestedFilename(), /^rungs-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = `/tmp/${process.pid}-${download.suggestedFilename()}`;
  await download.saveAs(file);
  const exported = JSON.parse(fs.readFileSync(file, "utf8"));
  assert.equal(exported.format, "rungs-progress");

  const b = await openPage(s);
  await go(s, b.page, "#/progress");
  await b.page.setInputFiles("#import-file", file);
  const preview = b.page.locator('[data-testid="import-preview"]');
  await preview.waitFor();
  assert.match(await preview.innerText(), /the file “\d+-rungs-progress-.*\.json”/);
  await preview.getByRole("button", { name: "Load this progress" }).click();
  await expectations(b.page, DIRECTOR).first().waitFor();
  assert.equal(await expectations(b.page, DIRECTOR).nth(3).locator('input[value="consistently"]').isChecked(), true);
  a.expectClean();
  b.expectClean();
  await a.close();
  await b.close();
});

test("an import file that is not ours is refused with a reason; nothing changes", async () => {
  const p = await openPage(s);
  await seed(p, { [KEY]: validProgress });
  const tmp = `/tmp/rungs-not-ours-${process.pid}.json`;
  fs.writeFileSync(tmp, JSON.stringify({ hello: "world" }));
  await p.page.setInputFiles("#import-file", tmp);
  const error = p.page.locator(".data-tools .notice-error");
  await error.waitFor();
  assert.match(await error.innerText(), /cannot be imported: it is not a Rungs progress file.*Nothing was changed/s);
  assert.equal(await stored(p.page), validProgress);
  p.expectClean();
  await p.close();
});

test("reset asks first, and can be undone right after", async () => {
  const p = await openPage(s);
  await startAssessing(p);
  await rate(p.page, DIRECTOR, 0, "consistently");
  await p.page.click("#reset");
  await p.page.click("#confirm-reset");
  await p.page.waitForSelector('[data-testid="undo"]');
  assert.match(await p.page.locator('[data-testid="undo"]').innerText(), /was cleared/);
  assert.equal(await p.page.locator("#current-role").inputValue(), "");
  assert.equal(Object.keys(JSON.parse(await stored(p.page)).progress.assessments).length, 0);
  await p.page.click("#undo-reset");
  await expectations(p.page, DIRECTOR).first().waitFor();
  assert.equal(await expectations(p.page, DIRECTOR).nth(0).locator('input[value="consistently"]').isChecked(), true);
  assert.equal(await p.page.locator("#current-role").inputValue(), SEM);
  p.expectClean();
  await p.close();
});

test("stored data that does not parse: the app starts, keeps it as a backup, and offers it", async () => {
  const p = await openPage(s);
  const garbage = '{"format":"rungs-progress","version":2,"progress":{"assessments":{"s0123abcd":{"rati';
  await seed(p, { [KEY]: garbage });
  const notice = p.page.locator('[data-testid="recovered"]');
  await notice.waitFor();
  assert.match(await notice.innerText(), /could not be read: it is not valid JSON/);
  assert.equal(await stored(p.page, BACKUP), garbage);
  assert.equal(await stored(p.page), garbage, "nothing is written until the user changes something");
  const [download] = await Promise.all([p.page.waitForEvent("download"), p.page.click("#download-backup")]);
  assert.equal(fs.readFileSync(await download.path(), "utf8"), garbage);
  await screenshot(p.page, "progress-recovered");
  // Starting afresh keeps the backup byte for byte.
  await p.page.selectOption("#current-role", SEM);
  await p.page.waitForFunction(() => localStorage.getItem("rungs.progress").includes("current_role"));
  assert.equal(await stored(p.page, BACKUP), garbage);
  p.expectClean();
  await p.close();
});

test("stored data from a newer version is kept, not overwritten, and an old backup survives", async () => {
  const p = await openPage(s);
  const newer = JSON.stringify({ format: "rungs-progress", version: 99, progress: { anything: true } });
  await seed(p, { [KEY]: newer, [BACKUP]: "an older backup" });
  const notice = p.page.locator('[data-testid="recovered"]');
  await notice.waitFor();
  assert.match(await notice.innerText(), /newer version of Rungs/);
  assert.equal(await stored(p.page, BACKUP), "an older backup");
  assert.equal(await stored(p.page, `${BACKUP}.2`), newer);
  p.expectClean();
  await p.close();
});

test("without localStorage the app works and says progress will not be kept", async () => {
  const p = await openPage(s);
  await p.context.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await startAssessing(p);
  const notice = p.page.locator('[data-testid="storage-unavailable"]');
  await notice.waitFor();
  assert.match(await notice.innerText(), /will not be kept past this tab/);
  await rate(p.page, DIRECTOR, 0, "developing");
  assert.equal(await expectations(p.page, DIRECTOR).nth(0).locator('input[value="developing"]').isChecked(), true);
  await go(s, p.page, "#/");
  await p.page.waitForSelector("[data-role]");
  p.expectClean();
  await p.close();
});

test("quota exceeded on save: a clear error, the progress stays on screen, export still works", async () => {
  const p = await openPage(s);
  await p.context.addInitScript(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === "rungs.progress") throw new DOMException("Quota exceeded", "QuotaExceededError");
      return original.call(this, key, value);
    };
  });
  await startAssessing(p);
  await rate(p.page, DIRECTOR, 0, "consistently");
  const error = p.page.locator('[data-testid="save-failed"]');
  await error.waitFor();
  assert.match(await error.innerText(), /could not be saved: the browser's storage for this site is full/);
  assert.equal(await expectations(p.page, DIRECTOR).nth(0).locator('input[value="consistently"]').isChecked(), true);
  const [download] = await Promise.all([p.page.waitForEvent("download"), p.page.click("#export")]);
  const exported = JSON.parse(fs.readFileSync(await download.path(), "utf8"));
  assert.equal(Object.values(exported.progress.assessments)[0].rating, "consistently");
  p.expectClean();
  await p.close();
});

test("malformed, truncated and tampered links are refused with a reason; storage untouched", async () => {
  const a = await openPage(s);
  await startAssessing(a);
  await rate(a.page, DIRECTOR, 0, "consistently");
  await a.page.click("#copy-link");
  const link = await a.page.locator("#share-link").inputValue();
  const payload = link.split("link=")[1];
  const flip = (c) => (c === "A" ? "B" : "A");
  const mid = Math.floor(payload.length / 2);
  const cases = [
    [payload.slice(0, 7), /cut short|checksum/],
    [payload.slice(0, mid) + flip(payload[mid]) + payload.slice(mid + 1), /checksum does not match/],
    ["not*base64!", /characters a progress link never has/],
  ];
  const p = await openPage(s);
  await seed(p, { [KEY]: validProgress });
  for (const [bad, reason] of cases) {
    await p.page.goto(`${s.base}#/progress?link=${encodeURIComponent(bad)}`);
    const error = p.page.locator(".notice-error");
    await error.waitFor();
    assert.match(await error.innerText(), reason);
    assert.match(await error.innerText(), /Nothing was changed/);
    assert.equal(await p.page.locator('[data-testid="import-preview"]').count(), 0);
    assert.equal(await stored(p.page), validProgress);
    await p.page.click(".notice-error .notice-dismiss");
    await p.page.waitForFunction(() => location.hash === "#/progress");
  }
  a.expectClean();
  p.expectClean();
  await a.close();
  await p.close();
});

test("a version 1 record in storage is migrated to version 2 on the next save", async () => {
  const p = await openPage(s);
  const v1 = JSON.stringify({ format: "rungs-progress", version: 1, role: SEM, target: DIRECTOR, ratings: {}, saved: 1735689600000 });
  await seed(p, { [KEY]: v1 });
  await expectations(p.page, DIRECTOR).first().waitFor();
  assert.equal(await p.page.locator("#current-role").inputValue(), SEM);
  await rate(p.page, DIRECTOR, 0, "developing");
  const saved = JSON.parse(await stored(p.page));
  assert.equal(saved.version, 2);
  assert.equal(saved.progress.current_role, SEM);
  p.expectClean();
  await p.close();
});

test("replacing with a link's progress can be undone right after", async () => {
  const a = await openPage(s);
  await startAssessing(a);
  await rate(a.page, DIRECTOR, 0, "role_model");
  await a.page.click("#copy-link");
  const link = await a.page.locator("#share-link").inputValue();

  const b = await openPage(s);
  await startAssessing(b);
  await rate(b.page, DIRECTOR, 4, "developing");
  await rate(b.page, DIRECTOR, 5, "not_yet");
  await b.page.goto(link);
  const preview = b.page.locator('[data-testid="import-preview"]');
  await preview.getByRole("button", { name: "Replace mine" }).click();
  await b.page.waitForSelector('[data-testid="undo"]');
  assert.match(await b.page.locator('[data-testid="undo"]').innerText(), /was replaced by the imported progress/);
  const replaced = Object.values(JSON.parse(await stored(b.page)).progress.assessments).filter((x) => x.rating);
  assert.deepEqual(replaced.map((x) => x.rating), ["role_model"]);
  await b.page.click("#undo-reset");
  await b.page.waitForFunction(() => !document.querySelector('[data-testid="undo"]'));
  const restored = Object.values(JSON.parse(await stored(b.page)).progress.assessments).filter((x) => x.rating);
  assert.deepEqual(restored.map((x) => x.rating).sort(), ["developing", "not_yet"]);
  a.expectClean();
  b.expectClean();
  await a.close();
  await b.close();
});
