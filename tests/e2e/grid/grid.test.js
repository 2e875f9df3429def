// The second fixture framework (tests/fixtures/frameworks/grid): competencies x levels, with
// level ids such as `1.2` and `IC3`, cumulative levels, proficiency, examples, per-path wording,
// reworded statements, Markdown guides, and a ladder that branches at Senior (IC3) into Staff
// Engineer and Engineering Manager (both at Lead, E4).
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup, openPage, go, screenshot, seedStorage } from "../helpers.js";
import { expectationKey } from "../link.js";

const s = setup();

test("a branching ladder: the role page links every next role and compares them side by side", async () => {
  const p = await openPage(s);
  await go(s, p.page, "#/role/senior");
  assert.equal(await p.page.locator('[data-testid="framework-name"]').innerText(), "Gridco engineering ladder");
  const texts = await p.page.locator("a.level-next").allInnerTexts();
  assert.deepEqual(texts, [
    "Next level: Staff Engineer (Lead) →",
    "Next level: Engineering Manager (Lead, Management path) →",
  ]);
  await p.page.getByRole("link", { name: "Compare with next levels" }).click();
  await p.page.waitForFunction(() => location.hash === "#/compare?roles=senior,staff,manager");
  await p.page.waitForSelector('.compare-table[data-complete="true"]');
  await screenshot(p.page, "grid-ladder-compare");
  p.expectClean();
  await p.close();
});

test("a branching ladder: progress asks for a target instead of guessing one", async () => {
  const p = await openPage(s);
  await go(s, p.page, "#/progress");
  await p.page.selectOption("#current-role", "senior");
  const hint = p.page.locator(".role-pickers .hint");
  await hint.waitFor();
  assert.match(await hint.innerText(), /leads to several roles \(Staff Engineer, Engineering Manager\): choose one as your target/);
  assert.equal(await p.page.locator(".assess-role").count(), 1, "only the current role until a target is chosen");
  await p.page.selectOption("#target-role", "manager");
  await p.page.waitForSelector('.assess-role[data-role="manager"]');
  p.expectClean();
  await p.close();
});

test("cumulative levels: a role shows what is new at its level and what it keeps, marked with the level", async () => {
  const p = await openPage(s);
  await go(s, p.page, "#/role/senior/skills");
  const del = p.page.locator('[data-group="competency:DEL"]');
  await del.waitFor();
  assert.equal((await del.locator("h3 .grade").innerText()).trim(), "Practitioner", "proficiency at this level");
  assert.match(await del.locator("h4").first().innerText(), /^New at Senior$/);
  const news = await del.locator("ul.attainment:not(.inherited) > li").allInnerTexts();
  assert.deepEqual(news.map((t) => t.trim()), [
    "Plans the delivery of a project across a team.",
    "Breaks work into steps that each ship value.",
  ]);
  const inherited = del.locator("ul.inherited > li");
  assert.equal(await inherited.count(), 2);
  assert.match(await inherited.nth(0).innerText(), /^Engineer\s+Ships features end to end\.\s+For example:\s+A settings page/);
  assert.match(await inherited.nth(1).innerText(), /^Associate\s+Ships small changes/);
  // Collaboration is not cumulative: only its own level.
  const col = p.page.locator('[data-group="competency:COL"]');
  assert.equal(await col.locator("ul.inherited").count(), 0);
  // The reference link is labelled by the source, not by "SFIA".
  assert.equal((await col.locator(".skill-meta a").innerText()).trim(), "COL in Gridco handbook ↗");
  // Markdown in a competency description becomes elements.
  assert.equal(await del.locator("p em").first().innerText(), "valuable");
  await screenshot(p.page, "grid-role-cumulative");
  p.expectClean();
  await p.close();
});

test("a path words a competency its own way at the same level", async () => {
  const p = await openPage(s);
  await go(s, p.page, "#/role/staff");
  const staff = p.page.locator('[data-group="competency:DEL"] ul.attainment:not(.inherited) > li');
  await staff.first().waitFor();
  assert.deepEqual(await staff.allInnerTexts(), ["Sets the technical direction for several teams."]);
  await go(s, p.page, "#/role/manager");
  const manager = p.page.locator('[data-group="competency:DEL"] ul.attainment:not(.inherited) > li');
  await manager.first().waitFor();
  assert.deepEqual(await manager.allInnerTexts(), ["Makes sure the teams deliver predictably."]);
  // The competency page lists both wordings, each with its path and proficiency.
  await go(s, p.page, "#/skill/DEL");
  const headings = await p.page.locator(".skill-level h3").allInnerTexts();
  assert.deepEqual(headings.map((h) => h.replace(/\s+/g, " ").trim()), [
    "Associate Learning",
    "Engineer Working",
    "Senior Practitioner",
    "Lead · Individual contributor path Expert",
    "Lead · Management path Expert",
  ]);
  p.expectClean();
  await p.close();
});

test("About: the framework's guide pages render their Markdown as elements, never as HTML", async () => {
  const p = await openPage(s);
  await go(s, p.page, "#/");
  await p.page.getByRole("link", { name: "About" }).click();
  await p.page.waitForFunction(() => location.hash === "#/about");
  await p.page.waitForSelector(".guide");
  assert.equal((await p.page.locator("main h1").innerText()).trim(), "Gridco engineering ladder");
  const guide = p.page.locator("#guide-purpose");
  assert.equal(await guide.locator("em").innerText(), "what we expect");
  assert.equal(await guide.locator("strong").innerText(), "fair");
  assert.equal(await guide.locator("ul > li").count(), 2);
  assert.equal(await guide.locator("a").getAttribute("href"), "https://example.org/handbook");
  assert.match(await guide.innerText(), /<script>alert\("not run"\)<\/script>/, "HTML shows as text");
  assert.equal(await p.page.locator("main script").count(), 0);
  assert.equal(await p.page.locator("#guide-how-to-use ol > li").count(), 2);
  // A guide has its own URL that survives a reload.
  await go(s, p.page, "#/about/how-to-use");
  await p.page.reload();
  await p.page.waitForSelector("#guide-how-to-use");
  await screenshot(p.page, "grid-about");
  p.expectClean();
  await p.close();
});

test("a reworded statement shows the earlier rating with the old wording, to keep or re-rate", async () => {
  const p = await openPage(s);
  const byId = expectationKey("s", "DEL", "id:del-plan");
  const oldText = expectationKey("s", "DEL", "Splits work into tickets.");
  const before = Date.UTC(2026, 0, 10); // rated before the wording changed on 2026-01-15
  const stored = {
    format: "rungs-progress",
    version: 2,
    progress: {
      current_role: "senior",
      target_role: "staff",
      roles_updated: before,
      cleared_at: 0,
      assessments: {
        [byId]: { rating: "developing", updated: before },
        [oldText]: { rating: "consistently", updated: before },
      },
    },
  };
  await seedStorage(s, p.page, { "rungs.progress": JSON.stringify(stored) });
  const planRow = p.page.locator(`.assess-role[data-role="senior"] li[data-key="${byId}"]`);
  await planRow.locator(".reworded").waitFor();
  assert.match(await planRow.locator(".reworded").innerText(), /earlier wording \(“?Plans the delivery of a project\.”?\) as Developing/);
  const splitKey = expectationKey("s", "DEL", "Breaks work into steps that each ship value.");
  const splitRow = p.page.locator(`.assess-role[data-role="senior"] li[data-key="${splitKey}"]`);
  assert.match(await splitRow.locator(".reworded").innerText(), /Splits work into tickets\.”?\) as Consistently/);
  assert.equal(await splitRow.locator("input:checked").count(), 0, "the new wording is not rated silently");
  await screenshot(p.page, "grid-reworded");
  // Keep one, re-rate the other.
  await splitRow.getByRole("button", { name: "Keep my rating" }).click();
  await splitRow.locator(".reworded").waitFor({ state: "detached" });
  assert.equal(await splitRow.locator('input[value="consistently"]').isChecked(), true);
  await planRow.locator('input[value="role_model"]').check();
  await planRow.locator(".reworded").waitFor({ state: "detached" });
  await p.page.reload();
  await p.page.waitForSelector(`li[data-key="${splitKey}"]`);
  assert.equal(await p.page.locator(".assess-role .reworded").count(), 0, "both settled after a reload");
  assert.equal(await splitRow.locator('input[value="consistently"]').isChecked(), true);
  assert.equal(await planRow.locator('input[value="role_model"]').isChecked(), true);
  p.expectClean();
  await p.close();
});

test("an optional group: the role page offers the choice, progress counts only the chosen competency", async () => {
  const p = await openPage(s);
  await go(s, p.page, "#/role/senior/optional");
  const section = p.page.locator("#section-optional");
  await section.waitFor();
  assert.equal((await section.locator("h2").innerText()).trim(), "Specialism");
  assert.match(await section.locator(".hint").innerText(), /Specialism: choose 1 of Frontend, Operations\. My progress counts only the ones you choose\./);
  await go(s, p.page, "#/progress");
  await p.page.selectOption("#current-role", "senior");
  const role = p.page.locator('.assess-role[data-role="senior"]');
  await role.waitFor();
  const frontend = role.locator(".assess-group", { hasText: "Frontend (FE)" });
  assert.match(await frontend.locator(".assess-group-score").innerText(), /not chosen: does not count/);
  const countText = async () => (await p.page.getByText(/expectations met/).first().innerText());
  const before = await countText();
  await frontend.getByRole("checkbox", { name: /One of my choices for Specialism/ }).check();
  await p.page.waitForFunction((b) => [...document.querySelectorAll("*")].some((n) => n.childElementCount === 0 && /expectations met/.test(n.textContent) && n.textContent !== b), before);
  assert.match(await frontend.locator(".assess-group-score").innerText(), /0% met/);
  assert.match(before, /of 5 expectations/);
  assert.match(await countText(), /of 6 expectations/);
  await screenshot(p.page, "grid-optional-group");
  await p.page.reload();
  await role.waitFor();
  assert.equal(await frontend.getByRole("checkbox").isChecked(), true, "the choice survives a reload");
  p.expectClean();
  await p.close();
});

test("cumulative levels: inherited statements are not new; only differences hides the same ones inside a changed row", async () => {
  const p = await openPage(s);
  await go(s, p.page, "#/compare?roles=associate,senior");
  await p.page.waitForSelector('.compare-table[data-complete="true"]');
  const delivery = 'tbody[data-key="competency:delivery"] + tbody';
  const said = (text) => p.page.locator(`${delivery} .col-1 .said`, { hasText: text });
  // Expected since Engineer: shown with its level, neither new nor in "What is new at Senior".
  assert.match(await said("Ships features end to end.").getAttribute("class"), /step-inherited/);
  assert.match(await said("Ships features end to end.").innerText(), /From Engineer/);
  assert.match(await said("Plans the delivery of a project across a team.").getAttribute("class"), /step-new/);
  const summary = p.page.locator('.pair-summary[data-pair="0"]');
  assert.equal(await summary.locator("h3").innerText(), "What is new at Senior");
  assert.equal(await summary.locator(".summary-entry", { hasText: "Ships features end to end." }).count(), 0);
  assert.equal(await summary.locator(".summary-entry", { hasText: "Plans the delivery of a project across a team." }).count(), 1);
  // The statement both levels expect is the same; "only differences" hides it but keeps the row.
  const same = said("Ships small changes with help from the team.");
  assert.match(await same.getAttribute("class"), /step-same/);
  await p.page.check("#only-differences");
  await same.waitFor({ state: "detached" });
  assert.equal(await said("Plans the delivery of a project across a team.").count(), 1);
  assert.equal(await p.page.locator(".said.step-same").count(), 0);
  await p.page.uncheck("#only-differences");
  await same.waitFor();
  p.expectClean();
  await p.close();
});
