// Issue 15, calibration through links, between two separate browsers (person and reviewer):
// the person asks for a review; the reviewer rates and comments beside the person's ratings,
// with the work saved in the reviewer's browser, and sends a reply link; the person sees both
// ratings side by side with agreement and a summary per competency, adopts one rating, and
// keeps and compares replies. Altered or mixed-up links are refused with the reason.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup, openPage, go, screenshot, axeViolations, chooseRoleWithTarget, APP_MAIN } from "../helpers.js";

const s = setup();
const stored = (page, key) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? "null"), key);

/** FNV-1a 32 and URL-safe base64 without padding: the link family's seal. */
function seal(bytes) {
  let h = 0x811c9dc5;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  const all = Buffer.from([...bytes, h >>> 24, (h >>> 16) & 255, (h >>> 8) & 255, h & 255]);
  return all.toString("base64url");
}
const str = (s) => [Buffer.byteLength(s), ...Buffer.from(s)];

/** A well-formed review request naming a role this framework does not have. */
const foreignRequest = () =>
  seal([0x51, 1, 1, 2, 3, 4, ...str("Alex"), 1, 0, 1, ...str("role-from-another-framework"), ...str(""), 0, 0, 0, 0]);

/** The person rates the target's first three expectations and makes a review link. */
async function askForReview(page, { evidence = false } = {}) {
  await go(s, page, "#/progress");
  const { target } = await chooseRoleWithTarget(page);
  const rows = page.locator(`.assess-role[data-role="${target}"] .expectation`);
  for (const [i, rating] of [[0, "consistently"], [1, "developing"], [2, "not_yet"]]) {
    await rows.nth(i).locator(`input[value="${rating}"]`).check();
  }
  const keys = await rows.evaluateAll((els) => els.slice(0, 3).map((e) => e.dataset.key));
  if (evidence) {
    await rows.nth(0).locator("details.evidence summary").click();
    await rows.nth(0).locator("textarea").fill("Led the Q3 hiring round");
    await rows.nth(0).locator("textarea").blur();
  }
  await page.fill("#review-name", "Alex");
  if (evidence) await page.check("#review-evidence");
  await page.click("#make-review-link");
  const url = await page.locator("#review-link").inputValue();
  assert.match(url, /#\/review\?link=[A-Za-z0-9_-]+$/);
  return { target, keys, url };
}

/** Opens a link in a page and waits for the app (the link may point at any view). */
async function open(page, url) {
  await page.goto(url);
  await page.waitForSelector(APP_MAIN);
  await page.waitForSelector(".view-loading", { state: "detached" });
}

/** The reviewer rates items 0–2 of the target and comments on the third; returns the reply link. */
async function review(page, url, target, ratings = ["developing", "developing", "role_model"]) {
  await open(page, url);
  const form = page.getByTestId("review-form");
  await form.waitFor();
  const items = page.locator(`.review-role[data-role="${target}"] .review-item`);
  for (const [i, r] of ratings.entries()) await items.nth(i).locator(`input[value="${r}"]`).check();
  await items.nth(2).locator("textarea").fill("Seen clearly in the offsite planning");
  await items.nth(2).locator("textarea").blur();
  await page.fill("#reviewer-name", "Sam");
  await page.locator("#reviewer-name").blur();
  await page.click("#send-back");
  const reply = await page.locator("#reply-link").inputValue();
  assert.match(reply, /#\/progress\/reply\?link=[A-Za-z0-9_-]+$/);
  return reply;
}

test("review: ask, review in another browser (saved there), send back, and see agreement side by side", async () => {
  const person = await openPage(s);
  const { target, keys, url } = await askForReview(person.page);

  const reviewer = await openPage(s);
  await open(reviewer.page, url);
  const form = reviewer.page.getByTestId("review-form");
  await form.waitFor();
  assert.match(await reviewer.page.evaluate(() => location.hash), /^#\/review\?id=[0-9a-f]{8}$/, "continues at a short URL");
  assert.match(await form.locator("h2").innerText(), /Review for Alex/);
  assert.match(await form.innerText(), /chose not to share their evidence/);
  const items = reviewer.page.locator(`.review-role[data-role="${target}"] .review-item`);
  assert.match(await items.nth(0).locator(".review-theirs").innerText(), /Their rating: Consistently/);
  assert.match(await items.nth(3).locator(".review-theirs").innerText(), /Their rating: not rated/);
  const replyUrl = await review(reviewer.page, url, target);
  // The reviewer's work is kept in their browser: a reload shows it, and the list has it.
  await reviewer.page.reload();
  await form.waitFor();
  assert.equal(await items.nth(2).locator('input[value="role_model"]').isChecked(), true);
  assert.equal(await items.nth(2).locator("textarea").inputValue(), "Seen clearly in the offsite planning");
  assert.equal(await reviewer.page.locator("#reviewer-name").inputValue(), "Sam");
  assert.deepEqual(await axeViolations(reviewer.page), []);
  await screenshot(reviewer.page, "review-form");
  await go(s, reviewer.page, "#/review");
  assert.match(await reviewer.page.getByTestId("review-list").innerText(), /Review for Alex .* 3 rated or commented/);
  assert.equal(await stored(person.page, "rungs.reviews"), null, "nothing of the review is in the person's browser");

  // The person opens the reply: both ratings side by side, agreement in words.
  await open(person.page, replyUrl);
  const view = person.page.getByTestId("reply-view");
  await view.waitFor();
  assert.match(await person.page.evaluate(() => location.hash), /^#\/progress\/reply\?id=/);
  assert.match(await view.locator("h2").innerText(), /Review by Sam on \d{4}-\d{2}-\d{2}/);
  const row = (key) => person.page.locator(`.reply-role[data-role="${target}"] .reply-item[data-key="${key}"]`);
  assert.equal(await row(keys[0]).getAttribute("data-agreement"), "one-step");
  assert.equal(await row(keys[1]).getAttribute("data-agreement"), "same");
  assert.equal(await row(keys[2]).getAttribute("data-agreement"), "further");
  assert.match(await row(keys[2]).innerText(), /You\s+Not yet[\s\S]*Reviewer\s+Role model[\s\S]*Further apart/);
  assert.match(await row(keys[2]).locator(".reply-comment").innerText(), /offsite planning/);
  const summary = person.page.locator(`.reply-role[data-role="${target}"] [data-testid=reply-summary] tbody tr`);
  const totals = await summary.evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => Number(td.innerText))).reduce((a, r) => a.map((n, i) => n + r[i]), [0, 0, 0, 0]),
  );
  assert.deepEqual(totals.slice(0, 3), [1, 1, 1], "one same, one a step apart, one further, across the competencies");
  assert.deepEqual(await axeViolations(person.page), []);
  await person.page.emulateMedia({ colorScheme: "dark" });
  assert.deepEqual(await axeViolations(person.page), []);
  await person.page.emulateMedia({ colorScheme: "light" });
  await screenshot(person.page, "review-reply");
  // A reply never changes the person's ratings; adopting one changes exactly that one.
  const before = await stored(person.page, "rungs.progress");
  assert.equal(before.progress.assessments[keys[0]].rating, "consistently");
  await row(keys[0]).getByRole("button", { name: /Use the reviewer's rating \(Developing\)/ }).click();
  await person.page.waitForFunction((k) => JSON.parse(localStorage.getItem("rungs.progress")).progress.assessments[k].rating === "developing", keys[0]);
  assert.equal(await row(keys[0]).getAttribute("data-agreement"), "same");
  const after = await stored(person.page, "rungs.progress");
  assert.equal(after.progress.assessments[keys[2]].rating, "not_yet", "the others are as they were");
  person.expectClean();
  reviewer.expectClean();
  await person.close();
  await reviewer.close();
});

test("review: replies are kept and compared; evidence travels only when chosen", async () => {
  const person = await openPage(s);
  const { target, keys, url } = await askForReview(person.page, { evidence: true });
  const reviewer = await openPage(s);
  await open(reviewer.page, url);
  await reviewer.page.getByTestId("review-form").waitFor();
  assert.match(await reviewer.page.getByTestId("review-form").innerText(), /shared their evidence/);
  const first = reviewer.page.locator(`.review-role[data-role="${target}"] .review-item`).nth(0);
  assert.match(await first.locator(".review-theirs").innerText(), /Evidence: Led the Q3 hiring round/);
  const reply1 = await review(reviewer.page, url, target);
  // A second reply after a further look: one rating changed.
  const reply2 = await review(reviewer.page, url, target, ["consistently", "developing", "role_model"]);
  await open(person.page, reply1);
  await person.page.getByTestId("reply-view").waitFor();
  await open(person.page, reply2);
  await person.page.getByTestId("reply-view").waitFor();
  await go(s, person.page, "#/progress/reply");
  assert.equal(await person.page.getByTestId("reply-list").locator("li").count(), 2, "both replies are kept");
  await person.page.getByTestId("reply-list").locator("a").first().click();
  await person.page.getByTestId("reply-view").waitFor();
  // Newest first: this is reply 2; alongside it, reply 1.
  const row = person.page.locator(`.reply-role[data-role="${target}"] .reply-item[data-key="${keys[0]}"]`);
  assert.match(await row.locator(".reply-theirs").innerText(), /Consistently/);
  await person.page.selectOption("#compare-reply", { index: 1 });
  await row.locator(".reply-other").waitFor();
  assert.match(await row.locator(".reply-other").innerText(), /Developing/);
  person.expectClean();
  reviewer.expectClean();
  await person.close();
  await reviewer.close();
});

test("review: an altered link, or the wrong kind of link, is refused with the reason and saves nothing", async () => {
  const person = await openPage(s);
  const { url } = await askForReview(person.page);
  const reviewer = await openPage(s);
  const [base, payload] = url.split("?link=");
  const i = Math.floor(payload.length / 2);
  const altered = payload.slice(0, i) + (payload[i] === "A" ? "B" : "A") + payload.slice(i + 1);
  await open(reviewer.page, `${base}?link=${altered}`);
  const refused = reviewer.page.getByTestId("review-refused");
  await refused.waitFor();
  assert.match(await refused.innerText(), /checksum does not match: it was changed or damaged/);
  assert.equal(await stored(reviewer.page, "rungs.reviews"), null, "nothing saved");
  // A request made with another framework is refused with the reason.
  await open(reviewer.page, `${base}?link=${foreignRequest()}`);
  await reviewer.page.waitForFunction(() => /another framework/.test(document.querySelector("[data-testid=review-refused]")?.innerText ?? ""));
  assert.match(await refused.innerText(), /names the role “role-from-another-framework”, which this framework does not have/);
  assert.equal(await stored(reviewer.page, "rungs.reviews"), null, "nothing saved");
  // A review request opened as a reply names what it is.
  await open(person.page, url.replace("#/review?", "#/progress/reply?"));
  const wrong = person.page.getByTestId("reply-refused");
  await wrong.waitFor();
  assert.match(await wrong.innerText(), /it is a request for a review, not a reply/);
  // Nothing kept: the empty states say what to do.
  await go(s, person.page, "#/progress/reply");
  await person.page.getByTestId("replies-empty").waitFor();
  await go(s, reviewer.page, "#/review");
  await reviewer.page.getByTestId("reviews-empty").waitFor();
  person.expectClean();
  reviewer.expectClean();
  await person.close();
  await reviewer.close();
});
