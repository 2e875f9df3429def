// Issue 6: sources and licences, in the default (full text) build, and the build that leaves
// out text under restrictive terms.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { setup, openPage, go, screenshot, DIST, DIST_RESTRICTED } from "../helpers.js";

const full = setup(DIST);
const restricted = setup(DIST_RESTRICTED);
const SFIA_SENTENCE = "Manages the provision of learning and development, ensuring optimum use of resources.";

// Every wasm of the build: the text of a split view is in that view's own file.
const wasmText = (dist) => {
  const files = fs.readdirSync(dist).filter((f) => f.endsWith(".wasm"));
  assert.ok(files.length > 0, `no wasm in ${dist}`);
  return files.map((f) => fs.readFileSync(path.join(dist, f)).toString("latin1")).join("\n");
};

test("the Sources view lists each source, its terms, its roles and its principles", async () => {
  const p = await openPage(full);
  await go(full, p.page, "#/sources");
  await p.page.waitForSelector("[data-source]");
  const ids = await p.page.locator("[data-source]").evaluateAll((els) => els.map((e) => e.dataset.source));
  assert.deepEqual(ids.sort(), ["crafters", "em-handbook", "sfia-management"]);
  const sfia = await p.page.locator('[data-source="sfia-management"]').innerText();
  assert.match(sfia, /© SFIA Foundation/);
  assert.match(sfia, /Restricted text/);
  assert.match(sfia, /VP of Engineering/);
  assert.match(sfia, /Impact-focused/);
  assert.match(sfia, /Excellence here looks like/);
  const crafters = await p.page.locator('[data-source="crafters"]').innerText();
  assert.match(crafters, /MIT licence, © 2024 inDrive/);
  assert.doesNotMatch(crafters, /Restricted text/);
  await screenshot(p.page, "sources");
  p.expectClean();
  await p.close();
});

test("role and skill pages name their source and link to it", async () => {
  const p = await openPage(full);
  await go(full, p.page, "#/role/crafters-senior-engineering-manager");
  await p.page.click('a[href="#/sources/crafters"]');
  await p.page.waitForSelector('[data-source="crafters"]');
  const top = await p.page.locator('[data-source="crafters"]').evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(top < 200, `source scrolled into view (top ${top})`);
  await go(full, p.page, "#/skill/ETMG");
  assert.equal(await p.page.locator('a[href="#/sources/sfia-management"]').count(), 1);
  // A skill's reference link is labelled by its source, never by one framework's name.
  await go(full, p.page, "#/role/sfia-senior-engineering-manager/skills");
  const source = await p.page.locator('a[href="#/sources/sfia-management"]').first().innerText();
  const reference = await p.page.locator(".skill-meta a[target=_blank]").first().innerText();
  assert.match(reference, /^[A-Z0-9]+ in /);
  assert.ok(reference.includes(source.trim()), `${reference} names ${source}`);
  p.expectClean();
  await p.close();
});

test("the default build keeps the full SFIA text", async () => {
  assert.ok(wasmText(DIST).includes(SFIA_SENTENCE));
  const p = await openPage(full);
  await go(full, p.page, "#/role/sfia-senior-engineering-manager");
  assert.match(await p.page.locator("#section-skills").innerText(), /Manages the provision of learning/);
  assert.equal(await p.page.locator('[data-testid="omitted"]').count(), 0);
  p.expectClean();
  await p.close();
});

test("the restricted build leaves SFIA text out and shows code, name, level and a link", async () => {
  const wasm = wasmText(DIST_RESTRICTED);
  assert.ok(!wasm.includes(SFIA_SENTENCE), "SFIA attainment text is not in the restricted wasm");
  assert.ok(!wasm.includes("Delivering management, advisory and administrative services"), "nor descriptions");
  assert.ok(wasm.includes("Owns delivery process by proficiency"), "MIT text stays");

  const p = await openPage(restricted);
  await go(restricted, p.page, "#/role/sfia-senior-engineering-manager");
  const skills = p.page.locator("#section-skills");
  await skills.waitFor();
  assert.doesNotMatch(await skills.innerText(), /Manages the provision of learning/);
  const omitted = skills.locator('[data-testid="omitted"]');
  assert.equal(await omitted.count(), 4);
  assert.match(await omitted.first().innerText(), /ETMG Learning and development management at Level 5 is not included in this build/);
  assert.equal(
    await omitted.first().locator("a").getAttribute("href"),
    "https://sfia-online.org/en/skillcode/9/ETMG",
  );
  await screenshot(p.page, "restricted-role");
  await go(restricted, p.page, "#/skill/SORC");
  assert.equal(await p.page.locator('[data-testid="omitted"]').count(), 4, "description + 3 levels");
  await go(restricted, p.page, "#/sources");
  await p.page.waitForSelector('[data-testid="build-omits"]');
  // Progress still works: one expectation per skill and level.
  await go(restricted, p.page, "#/progress");
  await p.page.selectOption("#current-role", "sfia-senior-engineering-manager");
  const items = p.page.locator('.assess-role[data-role="sfia-director-of-engineering"] .expectation');
  await items.first().waitFor();
  assert.equal(await items.count(), 4);
  assert.match(await items.first().innerText(), /ETMG Learning and development management at Level 6/);
  // Comparison still aligns the skills by level.
  await go(restricted, p.page, "#/compare?roles=sfia-senior-engineering-manager,sfia-director-of-engineering");
  await p.page.waitForSelector('.compare-table[data-complete="true"]');
  // One statement per level, lightly reworded: the new level's number is the new wording.
  const sorc = p.page.locator('tbody[data-key="competency:sourcing"] + tbody .col-1 .said');
  assert.match(await sorc.innerText(), /^CHANGED\s*SORC Sourcing at Level 6/);
  assert.equal(await sorc.locator(".tag").innerText(), "CHANGED");
  assert.deepEqual(await sorc.locator("mark.added").allInnerTexts(), ["6"]);
  p.expectClean();
  await p.close();
});
