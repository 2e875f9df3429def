// A framework larger than one page of cards: the fixture's roles copied to 60
// (RUNGS_GENERATE_ROLES=60, one ladder per team). The catalogue renders a page of cards at a
// time, filters over every role, and starts again at one page when the filters change.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup, openPage, go } from "../helpers.js";

const s = setup();
const PAGE = 24;
const cards = (page) => page.locator("main#main .role-card").count();

test("a page of cards at a time, and Show more continues at the first new card", async () => {
  const p = await openPage(s);
  await go(s, p.page, "#/");
  assert.match(await p.page.locator("#results-count").innerText(), /all 60 roles/);
  assert.equal(await cards(p.page), PAGE);
  assert.equal(await p.page.locator(".show-more p").innerText(), `Showing ${PAGE} of 60.`);
  const more = p.page.getByRole("button", { name: `Show ${PAGE} more` });
  await more.press("Enter");
  await p.page.waitForFunction((n) => document.querySelectorAll("main#main .role-card").length === n, 2 * PAGE);
  const focused = await p.page.evaluate(() => [...document.querySelectorAll(".role-grid > li")].indexOf(document.activeElement.closest("li")));
  assert.equal(focused, PAGE, "focus is on the first new card");
  await p.page.getByRole("button", { name: "Show 12 more" }).click();
  await p.page.waitForFunction(() => document.querySelectorAll("main#main .role-card").length === 60);
  assert.equal(await p.page.locator(".show-more").count(), 0, "nothing more to show");
  p.expectClean();
  await p.close();
});

test("filters run over every role, and new filters start again at one page", async () => {
  const p = await openPage(s);
  await go(s, p.page, "#/");
  await p.page.getByRole("button", { name: `Show ${PAGE} more` }).click();
  await p.page.waitForFunction((n) => document.querySelectorAll("main#main .role-card").length === n, 2 * PAGE);
  // Team 11's five roles; its higher levels sort far beyond the first page.
  await p.page.fill("#search", "team 11");
  await p.page.waitForFunction(() => /5 roles of 60 match/.test(document.getElementById("results-count").textContent));
  assert.equal(await cards(p.page), 5);
  for (const title of await p.page.locator(".role-card-title").allInnerTexts()) assert.match(title, /team 11$/);
  await p.page.fill("#search", "");
  await p.page.waitForFunction(() => /all 60 roles/.test(document.getElementById("results-count").textContent));
  assert.equal(await cards(p.page), PAGE, "back to one page");
  p.expectClean();
  await p.close();
});

test("the prerendered catalogue holds the first page of cards only", async () => {
  const p = await openPage(s, { context: { javaScriptEnabled: false } });
  await p.page.goto(s.base);
  assert.equal(await p.page.locator("[data-prerendered] .role-card").count(), PAGE);
  await p.close();
});
