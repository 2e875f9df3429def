// The spreadsheet route end to end: `make test` imports templates/framework.csv with
// `rungs-data import`, builds the result, and this spec finds every statement of the template
// on the page of its role, with the role's title and level.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { setup, openPage, go, screenshot } from "../helpers.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const s = setup();

/** A small CSV reader for the template: commas, quoted cells with "" and line breaks. */
function readCsv(text) {
  const rows = [];
  let row = [], cell = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(cell); cell = ""; }
    else if (c === "\n") { row.push(cell); rows.push(row); row = []; cell = ""; }
    else if (c !== "\r") cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  const [header, ...body] = rows.filter((r) => r.some((x) => x.trim()));
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h.trim(), (r[i] ?? "").trim()])));
}

test("every statement of the imported template is on its role's page", async () => {
  const rows = readCsv(fs.readFileSync(path.resolve(here, "../../../templates/framework.csv"), "utf8"));
  assert.ok(rows.length >= 5, "the template has statements");
  const p = await openPage(s);
  await go(s, p.page, "#/");
  await p.page.waitForSelector("[data-role]");
  const byRole = new Map();
  for (const r of rows) byRole.set(r.role, [...(byRole.get(r.role) ?? []), r]);
  for (const [title, statements] of byRole) {
    await go(s, p.page, "#/");
    await p.page.getByRole("link", { name: title, exact: true }).first().click();
    await p.page.waitForFunction(() => location.hash.startsWith("#/role/"));
    assert.equal((await p.page.locator("main h1").innerText()).trim(), title);
    assert.equal((await p.page.locator(".badge-level").innerText()).trim(), statements[0].level_name);
    const text = await p.page.locator("#section-skills").innerText();
    for (const r of statements) {
      assert.ok(text.includes(r.statement), `${title}: “${r.statement}” is on the page`);
      for (const example of r.examples.split("\n").filter(Boolean)) assert.ok(text.includes(example), example);
    }
    await screenshot(p.page, `template-${title.toLowerCase().replace(/\W+/g, "-")}`);
  }
  p.expectClean();
  await p.close();
});
