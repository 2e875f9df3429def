// `make screenshots`: every view of a release build, desktop and phone, light and dark, as the
// PNGs the README shows (docs/screenshots/). Usage: node screenshots.js DIST OUT
// Ids come from the build's own framework, so it works on any data/.
import { chromium } from "playwright-core";
import fs from "node:fs";
import path from "node:path";
import { serve } from "./server.js";
import { chooseRoleWithTarget } from "./helpers.js";

const [dist, out] = process.argv.slice(2);
if (!dist || !out || !fs.existsSync(path.join(dist, "index.html"))) {
  console.error("usage: node screenshots.js DIST OUT (DIST: a release build)");
  process.exit(2);
}
fs.mkdirSync(out, { recursive: true });
const MAIN = "main#main:not([data-prerendered])";
const DEVICES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

const server = await serve(dist);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const settle = async (page, selector) => {
  await page.waitForSelector(MAIN);
  await page.waitForSelector(".view-loading", { state: "detached" });
  await page.waitForSelector(selector);
  await page.evaluate(() => document.fonts.ready);
};
try {
  for (const [device, viewport] of Object.entries(DEVICES)) {
    for (const colorScheme of ["light", "dark"]) {
      const context = await browser.newContext({ viewport, colorScheme, serviceWorkers: "block" });
      const page = await context.newPage();
      const open = async (fragment, ready) => {
        await page.goto(server.url + fragment);
        await settle(page, ready);
      };
      // Some progress to show: the first role with a next level, a few expectations rated.
      await open("#/progress", "#current-role");
      const { current, target } = await chooseRoleWithTarget(page);
      const roles = await page.locator("#current-role option:not([value=''])").evaluateAll((os) => os.map((o) => o.value));
      const ratings = ["consistently", "consistently", "developing", "role_model", "not_yet", "developing"];
      for (const list of await page.locator(".assess-role").all()) {
        const rows = list.locator(".expectation");
        for (let i = 0; i < Math.min(ratings.length, await rows.count()); i++) {
          await rows.nth(i).locator(`input[value="${ratings[i]}"]`).check();
        }
      }
      let skill = null;
      for (const role of roles) {
        await open(`#/role/${role}`, `${MAIN} h1`);
        skill = await page.locator(`${MAIN} a[href^="#/skill/"]`).first().getAttribute("href").catch(() => null);
        if (skill) break;
      }
      const views = [
        ["catalogue", "#/", `${MAIN} [data-role]`],
        ["role", `#/role/${target}`, `${MAIN} h1`],
        ["compare", `#/compare?roles=${current},${target}`, '.compare-table[data-complete="true"]'],
        ["progress", "#/progress", ".overview-bar"],
        ["plan", "#/progress/plan", ".plan-gap, .gaps-done"],
        ["about", "#/about", `${MAIN} h1`],
        ["sources", "#/sources", `${MAIN} h1`],
      ];
      if (skill) views.splice(2, 0, ["competency", skill, `${MAIN} h1`]);
      const shot = async (name, target = page) => {
        const file = path.join(out, `${name}-${device}-${colorScheme}.png`);
        await target.screenshot({ path: file });
        console.log(`${file} (${(fs.statSync(file).size / 1024).toFixed(0)} KB)`);
      };
      for (const [name, fragment, ready] of views) {
        await open(fragment, ready);
        await shot(name);
      }
      // Progress over time: the same roles recorded on earlier days with fewer expectations met.
      await page.evaluate(() => {
        const h = JSON.parse(localStorage.getItem("rungs.history"));
        const today = h.snapshots.at(-1);
        const day = 86_400_000;
        const earlier = (days, share) => ({
          date: new Date(Date.now() - days * day).toISOString().slice(0, 10),
          taken: today.taken - days * day,
          roles: today.roles.map((r) => ({
            role: r.role,
            score: [r.score[0], Math.floor(r.score[1] * share), 0, 0],
            groups: r.groups.map(([g, c]) => [g, [c[0], Math.floor(c[1] * share), 0, 0]]),
          })),
        });
        h.snapshots = [earlier(84, 0), earlier(56, 0.34), earlier(21, 0.67), today];
        localStorage.setItem("rungs.history", JSON.stringify(h));
      });
      await open("#/progress", "[data-testid=trend-chart]");
      await shot("progress-over-time", page.locator(".over-time"));
      // A review: asked here, reviewed in another browser, the reply opened here.
      await page.fill("#review-name", "Alex");
      await page.click("#make-review-link");
      const reviewUrl = await page.locator("#review-link").inputValue();
      const reviewer = await browser.newContext({ viewport, colorScheme, serviceWorkers: "block" });
      const rpage = await reviewer.newPage();
      await rpage.goto(reviewUrl);
      await settle(rpage, "[data-testid=review-form]");
      const items = rpage.locator(`.review-role[data-role="${target}"] .review-item`);
      for (const [i, r] of ["developing", "consistently", "consistently"].entries()) {
        if (i < (await items.count())) await items.nth(i).locator(`input[value="${r}"]`).check();
      }
      await items.first().locator("textarea").fill("Seen in the planning round; next, lead it without support.");
      await items.first().locator("textarea").blur();
      await rpage.fill("#reviewer-name", "Sam");
      await rpage.locator("#reviewer-name").blur();
      await shot("review", rpage);
      await rpage.click("#send-back");
      const replyUrl = await rpage.locator("#reply-link").inputValue();
      await reviewer.close();
      await page.goto(replyUrl);
      await settle(page, "[data-testid=reply-view]");
      await shot("reply");
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
