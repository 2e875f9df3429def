// Issue 14: long operations show that they are under way. Importing a file shows "Reading …"
// with a progress bar (and takes no second file meanwhile) until its preview is ready; a long
// comparison says it is drawing the rest while rows past the first screen are drawn.
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { setup, openPage, go, screenshot, APP_MAIN } from "../helpers.js";

const s = setup();
const here = path.dirname(fileURLToPath(import.meta.url));
const STORED = path.resolve(here, "../../fixtures/progress/v2-stored.json");

test("busy: an import shows it is reading the file until its preview is ready", async () => {
  const p = await openPage(s);
  // A slow disk or a large file: reading takes a second here.
  await p.context.addInitScript(() => {
    const text = Blob.prototype.text;
    Blob.prototype.text = function () {
      return new Promise((done) => setTimeout(done, 1000)).then(() => text.call(this));
    };
  });
  await go(s, p.page, "#/progress");
  await p.page.setInputFiles("#import-file", STORED);
  const busy = p.page.getByTestId("import-busy");
  await busy.waitFor();
  assert.match(await busy.innerText(), /Reading “v2-stored\.json”…/);
  assert.equal(await busy.locator("progress").count(), 1, "a progress bar, indeterminate");
  assert.equal(await p.page.locator("#import-file").isDisabled(), true, "no second file meanwhile");
  await screenshot(p.page, "busy-import");
  await p.page.getByTestId("import-preview").waitFor();
  assert.equal(await busy.count(), 0);
  assert.equal(await p.page.locator("#import-file").isDisabled(), false);
  p.expectClean();
  await p.close();
});

test("busy: a long comparison says it is drawing the rest until every row is there", async () => {
  const p = await openPage(s);
  // Whether the indicator was ever on the page, and whether the table was incomplete then.
  await p.context.addInitScript(() => {
    window.busySeen = [];
    new MutationObserver(() => {
      const busy = document.querySelector("[data-testid=compare-busy]");
      const table = document.querySelector(".compare-table");
      // The first screen (the summary of what changes) is there before the rest is drawn.
      if (busy) window.busySeen.push(`${table?.dataset.complete} ${!!document.querySelector(".pair-summary")}`);
    }).observe(document, { childList: true, subtree: true });
  });
  await go(s, p.page, "#/");
  const roles = await p.page.locator(`${APP_MAIN} [data-role]`).evaluateAll((cards) => cards.map((c) => c.dataset.role));
  await go(s, p.page, `#/compare?roles=${roles.slice(0, 4).join(",")}`);
  await p.page.waitForSelector('.compare-table[data-complete="true"]');
  const rows = await p.page.locator(".compare-table tbody tr").count();
  assert.ok(rows > 6, `a comparison longer than its first screen (${rows} rows)`);
  const seen = await p.page.evaluate(() => window.busySeen);
  assert.ok(seen.length > 0, "the indicator showed");
  assert.ok(seen.every((state) => state === "false true"), `only while incomplete, below the summary: ${seen}`);
  assert.equal(await p.page.getByTestId("compare-busy").count(), 0, "gone once complete");
  p.expectClean();
  await p.close();
});
