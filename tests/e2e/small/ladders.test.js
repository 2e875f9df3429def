// A second, small framework of another shape (tests/fixtures/valid: levels L1–L2, two paths,
// a branching ladder): role a leads to b on its own path and to c on the Management path.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup, openPage, go, screenshot } from "../helpers.js";

const s = setup();

test("a branching ladder: the role page links every next role and compares them side by side", async () => {
  const p = await openPage(s);
  await go(s, p.page, "#/role/a");
  assert.equal(await p.page.locator('[data-testid="framework-name"]').innerText(), "Fixture framework");
  const next = p.page.locator("a.level-next");
  assert.equal(await next.count(), 2);
  const texts = await next.allInnerTexts();
  assert.match(texts[0], /^Next level: Builder \(Level 2\) →$/);
  assert.match(texts[1], /^Next level: Team Lead \(Level 2, Management path\) →$/);
  await p.page.getByRole("link", { name: "Compare with next levels" }).click();
  await p.page.waitForFunction(() => location.hash === "#/compare?roles=a,b,c");
  await p.page.waitForSelector(".compare-table");
  await screenshot(p.page, "small-ladder-compare");
  p.expectClean();
  await p.close();
});

test("a branching ladder: progress asks for a target instead of guessing one", async () => {
  const p = await openPage(s);
  await go(s, p.page, "#/progress");
  await p.page.selectOption("#current-role", "a");
  const hint = p.page.locator(".role-pickers .hint");
  await hint.waitFor();
  assert.match(await hint.innerText(), /leads to several roles \(Builder, Team Lead\): choose one as your target/);
  assert.match(await p.page.locator("#target-role option").first().innerText(), /leads to several: choose one/);
  assert.equal(await p.page.locator(".assess-role").count(), 1, "only the current role until a target is chosen");
  await p.page.selectOption("#target-role", "c");
  await p.page.waitForSelector('.assess-role[data-role="c"]');
  assert.equal(await p.page.locator(".role-pickers .hint").count(), 0);
  p.expectClean();
  await p.close();
});
