// Issue 14: My development plan. From My progress, the gaps to the target role grouped by
// competency, each with the person's rating and evidence and room for agreed actions; it prints
// on A4 and Letter without the site's chrome and downloads as Markdown with the same content.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { setup, openPage, go, screenshot, axeViolations, chooseRoleWithTarget, APP_MAIN } from "../helpers.js";

const s = setup();
const EVIDENCE = "Ran the <b>2026</b> planning *round* for three teams";

/** Chooses the first current role that has a target, and rates two of the target's expectations. */
async function assess(page) {
  await go(s, page, "#/progress");
  const { target } = await chooseRoleWithTarget(page);
  const rows = page.locator(`.assess-role[data-role="${target}"] .expectation`);
  await rows.nth(1).locator('input[value="consistently"]').check();
  const developing = rows.nth(0);
  await developing.locator('input[value="developing"]').check();
  await developing.locator("details.evidence summary").click();
  await developing.locator("textarea").fill(EVIDENCE);
  await developing.locator("textarea").blur();
  // force: headless Chromium reports a zero-size box for some date fields in a just-opened
  // <details> until the next paint (they show on screenshots); the value is set as typed.
  await developing.locator('input[type="date"]').fill("2026-10-15", { force: true });
  await developing.locator('input[type="date"]').blur();
  return target;
}

test("plan: the gaps to the target by competency, with rating and evidence, from My progress", async () => {
  const p = await openPage(s);
  await assess(p.page);
  const gapsOnProgress = await p.page.locator("[data-testid=gaps] .gap-list li").count();
  await p.page.getByTestId("plan-link").click();
  await p.page.waitForSelector(".view-loading", { state: "detached" });
  await p.page.locator(".plan-gap").first().waitFor();
  assert.equal(await p.page.evaluate(() => location.hash), "#/progress/plan");
  assert.match(await p.page.title(), /^Development plan · /);
  assert.equal(await p.page.locator(".plan-gap").count(), gapsOnProgress, "the same gaps as My progress lists");
  assert.ok((await p.page.locator(".plan-group h2").count()) >= 1);
  const withEvidence = p.page.locator(".plan-gap", { hasText: "Ran the" });
  assert.equal(await withEvidence.count(), 1);
  assert.match(await withEvidence.innerText(), /My rating: Developing/);
  assert.match(await withEvidence.innerText(), /Evidence \(2026-10-15\): Ran the <b>2026<\/b> planning \*round\*/);
  assert.equal(await p.page.locator(".plan-gap .plan-actions").count(), gapsOnProgress, "room for actions per gap");
  assert.deepEqual(await axeViolations(p.page), []);
  await screenshot(p.page, "plan");
  // A reload keeps the view (its URL is its own).
  await p.page.reload();
  await p.page.locator(".plan-gap").first().waitFor();
  p.expectClean();
  await p.close();
});

test("plan: prints on A4 and Letter without navigation, and downloads as the same content in Markdown", async () => {
  const p = await openPage(s);
  await assess(p.page);
  await go(s, p.page, "#/progress/plan");
  await p.page.locator(".plan-gap").first().waitFor();
  const statements = await p.page.locator(".plan-statement").allInnerTexts();
  const role = await p.page.getByTestId("plan-role").innerText();

  await p.page.emulateMedia({ media: "print", colorScheme: "dark" });
  for (const chrome of [".site-header", ".site-footer", ".plan-tools"]) {
    assert.equal(await p.page.locator(chrome).isVisible(), false, `${chrome} is not printed`);
  }
  const ink = await p.page.evaluate(() => getComputedStyle(document.querySelector(".plan-statement")).color);
  assert.equal(ink, "rgb(27, 35, 48)", "dark text on paper, whatever the screen's theme");
  for (const format of ["A4", "Letter"]) {
    const pdf = await p.page.pdf({ format });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.ok(pages >= 1, `${format}: ${pages} pages`);
    fs.writeFileSync(`${process.env.TMPDIR || "/tmp"}/rungs-plan-${format}.pdf`, pdf);
  }
  await p.page.emulateMedia({ media: "screen", colorScheme: "light" });

  const [download] = await Promise.all([
    p.page.waitForEvent("download"),
    p.page.getByRole("button", { name: "Download Markdown" }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^development-plan-\d{4}-\d{2}-\d{2}\.md$/);
  const file = `/tmp/${process.pid}-${download.suggestedFilename()}`;
  await download.saveAs(file);
  const md = fs.readFileSync(file, "utf8");
  fs.rmSync(file);
  const plain = md.replace(/\\(.)/g, "$1");
  assert.ok(md.startsWith("# Development plan\n"));
  assert.ok(plain.includes(`**Target role:** ${role}`), "names the target");
  for (const text of statements) assert.ok(plain.includes(`**${text.replace(/\s+/g, " ")}**`), `lists “${text}”`);
  assert.equal((md.match(/^\d+\. \*\*/gm) || []).length, statements.length, "one item per gap");
  assert.equal((md.match(/   - Agreed actions:/g) || []).length, statements.length);
  // The person's text stays text: no HTML or Markdown of theirs takes effect.
  assert.ok(md.includes("Evidence (2026-10-15): Ran the \\<b\\>2026\\</b\\> planning \\*round\\*"), md);
  p.expectClean();
  await p.close();
});

test("plan: with no role chosen it says what to do first", async () => {
  const p = await openPage(s);
  await go(s, p.page, "#/progress/plan");
  await p.page.getByTestId("plan-empty").waitFor();
  assert.match(await p.page.getByTestId("plan-empty").innerText(), /Choose your current role on My progress first/);
  await p.page.getByTestId("plan-empty").getByRole("link", { name: "My progress" }).click();
  await p.page.waitForSelector(`${APP_MAIN} #current-role`);
  p.expectClean();
  await p.close();
});
