// Issue 3: role catalogue (search, facets, counts, sorting, URL state), role detail, skill pages.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup, openPage, go, screenshot } from "../helpers.js";

const s = setup();
const cards = (page) => page.locator(".role-grid [data-role]");
const cardIds = (page) => cards(page).evaluateAll((els) => els.map((e) => e.dataset.role));
const count = (page, facet, key) =>
  page.locator(`[data-facet="${facet}"] [data-key="${key}"] .facet-count`).innerText().then(Number);
const hash = (page) => page.evaluate(() => location.hash);

test("typing a search narrows the cards, highlights matches and updates the URL", async () => {
  const p = await openPage(s);
  await go(s, p.page);
  await p.page.waitForSelector(".role-grid [data-role]");
  assert.equal(await cards(p.page).count(), 5);
  // Words in any order, any case: both must match somewhere in the role.
  await p.page.fill("#search", "supplier DIRECTOR");
  await p.page.waitForFunction(() => document.querySelectorAll(".role-grid [data-role]").length === 1);
  assert.deepEqual(await cardIds(p.page), ["sfia-director-of-engineering"]);
  const marks = await p.page.locator('[data-role="sfia-director-of-engineering"] mark').allInnerTexts();
  assert.ok(marks.includes("Director"), `marks: ${marks}`);
  assert.ok(marks.includes("Supplier"), `marks: ${marks}`);
  assert.match(await p.page.locator("#results-count").innerText(), /1 role of 5 match/);
  assert.equal(await p.page.locator("#results-count").getAttribute("aria-live"), "polite");
  assert.match(await hash(p.page), /q=supplier%20DIRECTOR/);
  // Accents and case do not matter; the title match ranks above a match in the growth path.
  await p.page.fill("#search", "DÎRECTÖR");
  await p.page.waitForFunction(() => document.querySelectorAll(".role-grid [data-role]").length === 2);
  assert.deepEqual(await cardIds(p.page), ["sfia-director-of-engineering", "handbook-senior-engineering-manager"]);
  await screenshot(p.page, "catalogue-search");
  // One letter filters on every occurrence but marks only word starts: every card still
  // shows, and no mark sits inside a word.
  await p.page.fill("#search", "e");
  await p.page.waitForFunction(() => document.querySelectorAll(".role-grid [data-role]").length === 5);
  const inside = await p.page.locator(".role-grid mark").evaluateAll((marks) =>
    marks.filter((m) => /\p{L}$/u.test(m.previousSibling?.textContent || "")).map((m) => m.parentElement.textContent));
  assert.ok((await p.page.locator(".role-grid mark").count()) > 0, "some word starting with e is marked");
  assert.deepEqual(inside, []);
  p.expectClean();
  await p.close();
});

test("facets combine, show counts with the other filters applied, and clear all resets", async () => {
  const p = await openPage(s);
  await go(s, p.page);
  await p.page.waitForSelector(".role-grid [data-role]");
  assert.equal(await count(p.page, "source", "crafters"), 1);
  assert.equal(await count(p.page, "skill", "ETMG"), 3);
  await p.page.locator('[data-facet="level"] [data-key="L5"] input').check();
  await p.page.waitForFunction(() => document.querySelectorAll(".role-grid [data-role]").length === 3);
  // Within L5, ETMG is required by one role; other levels still count as alternatives.
  assert.equal(await count(p.page, "skill", "ETMG"), 1);
  assert.equal(await count(p.page, "level", "L6"), 1);
  await p.page.locator('[data-facet="skill"] [data-key="matrix:Craftsmanship"] input').check();
  await p.page.waitForFunction(() => document.querySelectorAll(".role-grid [data-role]").length === 1);
  assert.deepEqual(await cardIds(p.page), ["crafters-senior-engineering-manager"]);
  // An option that would give nothing is shown as such and cannot be ticked.
  const empty = p.page.locator('[data-facet="level"] [data-key="L7"]');
  assert.equal(await empty.locator(".facet-count").innerText(), "0");
  assert.equal(await empty.locator("input").isDisabled(), true);
  assert.match(await hash(p.page), /level=L5/);
  assert.match(await hash(p.page), /skill=matrix%3ACraftsmanship/);
  await screenshot(p.page, "catalogue-facets");
  await p.page.click("button.clear-all");
  await p.page.waitForFunction(() => document.querySelectorAll(".role-grid [data-role]").length === 5);
  assert.equal(await hash(p.page), "#/");
  p.expectClean();
  await p.close();
});

test("back and forward walk through filter states, and a reload keeps them", async () => {
  const p = await openPage(s);
  await go(s, p.page);
  await p.page.waitForSelector(".role-grid [data-role]");
  await p.page.locator('[data-facet="level"] [data-key="L6"] input').check();
  await p.page.waitForFunction(() => document.querySelectorAll(".role-grid [data-role]").length === 1);
  await p.page.locator('[data-facet="level"] [data-key="L7"] input').check();
  await p.page.waitForFunction(() => document.querySelectorAll(".role-grid [data-role]").length === 2);
  await p.page.goBack();
  await p.page.waitForFunction(() => document.querySelectorAll(".role-grid [data-role]").length === 1);
  assert.equal(await p.page.locator('[data-facet="level"] [data-key="L7"] input').isChecked(), false);
  await p.page.goForward();
  await p.page.waitForFunction(() => document.querySelectorAll(".role-grid [data-role]").length === 2);
  await p.page.reload();
  await p.page.waitForFunction(() => document.querySelectorAll(".role-grid [data-role]").length === 2);
  assert.equal(await p.page.locator('[data-facet="level"] [data-key="L7"] input').isChecked(), true);
  await p.page.selectOption(".sort select", "title");
  await p.page.waitForFunction(() => location.hash.includes("sort=title"));
  p.expectClean();
  await p.close();
});

test("an empty result says which filters excluded everything and offers to drop them", async () => {
  const p = await openPage(s);
  await go(s, p.page, "#/?q=supplier&source=crafters");
  const empty = p.page.locator('[data-testid="empty-state"]');
  await empty.waitFor();
  const text = await empty.innerText();
  assert.match(text, /Drop the search “supplier” → 1 role/);
  assert.match(text, /Drop the source filter → 3 roles/);
  await empty.getByRole("button", { name: "Drop the source filter" }).click();
  await p.page.waitForFunction(() => document.querySelectorAll(".role-grid [data-role]").length === 3);
  p.expectClean();
  await p.close();
});

test("unknown filter values in a link are ignored and named", async () => {
  const p = await openPage(s);
  await go(s, p.page, "#/?level=L99&level=L6&colour=red");
  await p.page.waitForSelector(".notice-warning");
  const notice = await p.page.locator(".notice-warning").innerText();
  assert.match(notice, /level “L99”/);
  assert.match(notice, /parameter “colour”/);
  assert.equal(await cards(p.page).count(), 1);
  assert.equal(await hash(p.page), "#/?level=L6");
  await p.page.click(".notice-dismiss");
  assert.equal(await p.page.locator(".notice-warning").count(), 0);
  p.expectClean();
  await p.close();
});

test("keyboard: / focuses the search, and facets work with the keyboard", async () => {
  const p = await openPage(s);
  await go(s, p.page);
  await p.page.waitForSelector(".role-grid [data-role]");
  await p.page.keyboard.press("/");
  assert.equal(await p.page.evaluate(() => document.activeElement.id), "search");
  // The visible "press /" hint is not part of the field's accessible name.
  assert.equal(await p.page.getByRole("searchbox", { name: "Search", exact: true }).count(), 1);
  await p.page.keyboard.type("vp");
  await p.page.waitForFunction(() => document.querySelectorAll(".role-grid [data-role]").length === 2);
  await p.page.locator('[data-facet="level"] [data-key="L7"] input').focus();
  await p.page.keyboard.press("Space");
  await p.page.waitForFunction(() => document.querySelectorAll(".role-grid [data-role]").length === 1);
  p.expectClean();
  await p.close();
});

test("open a role from its card, follow the next level, and reload the deep link", async () => {
  const p = await openPage(s);
  await go(s, p.page);
  await p.page.click('[data-role="sfia-senior-engineering-manager"] h2 a');
  await p.page.waitForSelector('article.role-page[data-role="sfia-senior-engineering-manager"]');
  assert.equal(await hash(p.page), "#/role/sfia-senior-engineering-manager");
  for (const section of ["overview", "skills"]) {
    assert.equal(await p.page.locator(`#section-${section}`).count(), 1, section);
  }
  // Attainment text for this role's level, and the collapsible guidance notes.
  const skills = p.page.locator("#section-skills");
  assert.match(await skills.innerText(), /Manages the provision of learning and development/);
  assert.equal(await skills.locator("details.guidance").first().getAttribute("open"), null);
  assert.ok((await skills.locator('a[href="https://sfia-online.org/en/skillcode/9/ETMG"]').count()) >= 1);
  await p.page.click("a.level-next");
  await p.page.waitForSelector('article.role-page[data-role="sfia-director-of-engineering"]');
  assert.match(await p.page.locator("#section-skills").innerText(), /Determines the learning and development programme/);
  await p.page.reload();
  await p.page.waitForSelector('article.role-page[data-role="sfia-director-of-engineering"]');
  assert.equal(await p.page.locator("a.level-prev").count(), 1);
  assert.equal(
    await p.page.locator("a.compare-link").getAttribute("href"),
    "#/compare?roles=sfia-director-of-engineering,sfia-vp-of-engineering",
  );
  await p.page.goBack();
  await p.page.waitForSelector('article.role-page[data-role="sfia-senior-engineering-manager"]');
  p.expectClean();
  await p.close();
});

test("a role page shows every section its data has, each with its own URL", async () => {
  const p = await openPage(s);
  await go(s, p.page, "#/role/handbook-senior-engineering-manager/challenges");
  await p.page.waitForSelector("#section-challenges");
  for (const section of ["overview", "characteristics", "responsibilities", "metrics", "challenges", "development", "growth", "related"]) {
    assert.equal(await p.page.locator(`#section-${section}`).count(), 1, section);
  }
  assert.match(await p.page.locator("#section-growth").innerText(), /3-5 years/);
  // The growth text introduces its options (a list), the typical time follows as a term.
  const growth = p.page.locator("#section-growth");
  assert.match(await growth.locator("p").first().innerText(), /opportunities to move toward:$/);
  assert.equal(await growth.locator("ul > li").count(), 4);
  assert.equal(await growth.locator("dl dt").innerText(), "Typical time at this level");
  assert.match(await p.page.locator("#section-related").innerText(), /not part of this app/);
  // The requested section is scrolled into view.
  const top = await p.page.locator("#section-challenges").evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(top < 200, `section top at ${top}`);
  await screenshot(p.page, "role-handbook");
  await go(s, p.page, "#/role/crafters-senior-engineering-manager");
  await p.page.waitForSelector("#section-matrix");
  // The matrix source has no overview text: no empty section for it.
  assert.equal(await p.page.locator("#section-overview").count(), 0);
  const matrix = await p.page.locator("#section-matrix").innerText();
  assert.match(matrix, /Craftsmanship C3/);
  assert.match(matrix, /company’s standard approaches/);
  const note = p.page.locator("#section-notes");
  assert.match(await note.locator("p").first().innerText(), /Job Profile/);
  assert.equal(await note.locator('a[href="https://indrive.latticehq.com"]').innerText(), "Lattice account ↗");
  await screenshot(p.page, "role-crafters");
  p.expectClean();
  await p.close();
});

test("a skill page lists every role that requires it with each level's text in order", async () => {
  const p = await openPage(s);
  await go(s, p.page, "#/skill/SORC");
  await p.page.waitForSelector('[data-skill="SORC"]');
  const levels = await p.page.locator(".skill-level").evaluateAll((els) => els.map((e) => e.dataset.level));
  assert.deepEqual(levels, ["L5", "L6", "L7"]);
  const l7 = await p.page.locator('.skill-level[data-level="L7"]').innerText();
  assert.match(l7, /VP of Engineering/);
  assert.match(l7, /organisation-defining contracts/);
  await screenshot(p.page, "skill-sorc");
  p.expectClean();
  await p.close();
});

test("unknown role, skill and page ids show a clear not-found view with a way back", async () => {
  const p = await openPage(s);
  for (const [fragment, what] of [
    ["#/role/nobody", /role “nobody”/],
    ["#/skill/XXXX", /competency “XXXX”/],
    ["#/nowhere", /page “\/nowhere”/],
  ]) {
    await go(s, p.page, fragment);
    const nf = p.page.locator(".not-found");
    await nf.waitFor();
    assert.match(await nf.innerText(), what);
  }
  await p.page.click('.not-found a[href="#/"]');
  await p.page.waitForSelector(".role-grid [data-role]");
  p.expectClean();
  await p.close();
});

test("on a phone the facets fold behind a toggle that counts the active ones", async () => {
  const p = await openPage(s, { context: { viewport: { width: 390, height: 800 } } });
  await go(s, p.page, "#/?level=L5&source=crafters");
  await p.page.waitForSelector(".role-grid [data-role]");
  const toggle = p.page.locator(".filters-toggle");
  assert.equal(await toggle.innerText(), "Show filters (2 active)");
  assert.equal(await p.page.locator("#facet-list").isVisible(), false);
  assert.equal(await p.page.locator("#search").isVisible(), true, "search stays in view");
  await toggle.click();
  assert.equal(await toggle.getAttribute("aria-expanded"), "true");
  await p.page.locator('[data-facet="source"] [data-key="crafters"] input').uncheck();
  await p.page.waitForFunction(() => document.querySelectorAll(".role-grid [data-role]").length === 3);
  await screenshot(p.page, "catalogue-phone");
  // On a wide screen the toggle is not shown and the facets are.
  await p.page.setViewportSize({ width: 1280, height: 900 });
  assert.equal(await toggle.isVisible(), false);
  assert.equal(await p.page.locator("#facet-list").isVisible(), true);
  p.expectClean();
  await p.close();
});
