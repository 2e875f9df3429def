// `make bench`: performance of the release builds in headless Chromium, printed as one table and
// written to bench/results.md. Numbers live here, never in tests (CI does not fail on timings).
//
//   node bench/run.js name=dist-folder [name=dist-folder ...]
//
// The first build is the default one (its files are listed); the others are benchmark builds
// (RUNGS_GENERATE_ROLES=N). App and static floor alternate within each run.
import { chromium } from "playwright-core";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execSync } from "node:child_process";
import { serve } from "../server.js";
import * as m from "./measure.js";

const RUNS = Number(process.env.BENCH_RUNS || 10);
// A stored record (from the previous release's fixtures), for a returning visitor's transfer.
const SAVED_RECORD = fs.readFileSync(new URL("../../fixtures/progress/v2-stored.json", import.meta.url), "utf8").trim();
const OUT = process.env.BENCH_OUT;
const builds = process.argv.slice(2).map((arg) => {
  const [name, dist] = arg.split("=");
  return { name, dist: path.resolve(dist) };
});
if (!builds.length) {
  console.error("usage: node bench/run.js name=dist [name=dist ...]");
  process.exit(2);
}

const kb = (n) => (n / 1024).toFixed(1);
const ms = (n) => (Number.isFinite(n) ? n.toFixed(1) : "–");
const stats = (values) => ({ median: m.percentile(values, 50), p95: m.percentile(values, 95), worst: Math.max(...values), n: values.length });
const lines = [];
const say = (line = "") => {
  lines.push(line);
  console.log(line);
};
const table = (head, rows) => {
  say(`| ${head.join(" | ")} |`);
  say(`|${head.map((h, i) => (i === 0 ? "---" : "---:")).join("|")}|`);
  for (const row of rows) say(`| ${row.join(" | ")} |`);
  say();
};

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--enable-precise-memory-info", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});

let commit = "unknown";
try {
  commit = execSync("git rev-parse --short HEAD", { encoding: "utf8" }).trim() + (execSync("git status --porcelain", { encoding: "utf8" }).trim() ? " (with uncommitted changes)" : "");
} catch {}
say(`# Rungs benchmarks`);
say();
say(`${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC · commit ${commit} · ${os.cpus().length} × ${os.cpus()[0]?.model.trim()} · ${kb(os.totalmem() / 1024)} MB memory · Chromium headless · ${RUNS} runs each (median / p95)`);
say();

const results = [];
for (const build of builds) {
  const server = await serve(build.dist);
  const base = server.url;
  const first = await m.firstLoadFiles(browser, base);
  const files = m.fileSizes(build.dist);
  const loaded = files.filter((f) => first.has(f.file));
  const sum = (list, key) => list.reduce((s, f) => s + f[key], 0);
  const wasm = files.find((f) => f.file.endsWith(".wasm"));
  const r = { build, files, loaded, firstLoad: { raw: sum(loaded, "raw"), gzip: sum(loaded, "gzip"), br: sum(loaded, "br") }, wasm };
  // Saved progress is read by code of its own (src/store/reading.rs), fetched only then.
  const withSaved = await m.firstLoadFiles(browser, base, { saved: SAVED_RECORD });
  r.savedExtra = files.filter((f) => withSaved.has(f.file) && !first.has(f.file));
  await m.writeFloor(browser, base, build.dist);
  r.cards = await countCards(base);
  for (const throttle of [1, 4]) {
    const app = { cards: [], lcp: [] }, floor = { cards: [], lcp: [] };
    for (let i = 0; i < RUNS; i++) {
      for (const [into, url] of [[app, base + "#/"], [floor, base + "floor.html"]]) {
        const p = await m.paint(browser, url, throttle);
        into.cards.push(p.cards);
        into.lcp.push(p.lcp);
      }
    }
    r[`paint${throttle}`] = { app, floor };
  }
  const words = await m.queries(browser, base);
  r.words = words;
  r.typing1 = stats(await m.typing(browser, base, words, 1));
  r.typing4 = stats(await m.typing(browser, base, words, 4));
  r.inp4 = stats(await m.interactionToNextPaint(browser, base, words, 4));
  const compare = await m.comparison(browser, base, RUNS);
  r.compare = stats(compare.first);
  r.compareAll = stats(compare.complete);
  r.compareCold = compare.cold;
  r.memory = await m.memory(browser, base, words);
  results.push(r);
  await server.close();
  const med = (v) => ms(m.percentile(v, 50));
  console.error(
    `measured ${build.name}: first load ${kb(r.firstLoad.br)} KB br; cards app/floor ${med(r.paint1.app.cards)}/${med(r.paint1.floor.cards)} ms, ` +
      `4x ${med(r.paint4.app.cards)}/${med(r.paint4.floor.cards)} ms; typing p95 ${ms(r.typing1.p95)} ms (4x ${ms(r.typing4.p95)}); ` +
      `INP 4x p95 ${ms(r.inp4.p95)} ms; compare p95 ${ms(r.compare.p95)} ms; memory ${((r.memory.wasm + r.memory.js) / 1048576).toFixed(1)} MB`,
  );
}
await browser.close();

async function countCards(base) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(base + "#/");
  await page.waitForSelector(m.APP_CARDS, { timeout: 120_000 });
  const n = await page.$$eval(m.APP_CARDS, (els) => els.length);
  const roles = await page.$eval("#results-count", (el) => el.textContent.trim());
  await context.close();
  return { rendered: n, label: roles };
}

const main = results[0];
say(`## Transfer: ${main.build.name} build`);
say();
table(
  ["file", "raw KB", "gzip -9 KB", "brotli -11 KB", "first load"],
  [
    ...main.files.map((f) => [f.file, kb(f.raw), kb(f.gzip), kb(f.br), main.loaded.includes(f) ? "yes" : ""]),
    ["**first-load total**", kb(main.firstLoad.raw), kb(main.firstLoad.gzip), `**${kb(main.firstLoad.br)}**`, `budget 100.0`],
  ],
);

say(`A returning visitor with saved progress also fetches the code that reads it, ${kb(main.savedExtra.reduce((s, f) => s + f.br, 0))} KB brotli (${main.savedExtra.map((f) => f.file).join(", ") || "nothing"}); after the first visit it comes from the offline cache.`);
say();

say(`## Builds`);
say();
table(
  ["data", "roles shown", "cards rendered", "wasm raw KB", "wasm brotli KB", "first load brotli KB"],
  results.map((r) => [r.build.name, r.cards.label, String(r.cards.rendered), kb(r.wasm.raw), kb(r.wasm.br), kb(r.firstLoad.br)]),
);

say(`## First role cards painted and LCP, ms (app vs the same page as static HTML; budget: ratio ≤ 1.5)`);
say();
const paintRows = [];
for (const r of results) {
  for (const throttle of [1, 4]) {
    const { app, floor } = r[`paint${throttle}`];
    const med = (v) => m.percentile(v, 50), p95 = (v) => m.percentile(v, 95);
    paintRows.push([
      r.build.name,
      throttle === 1 ? "none" : "4×",
      `${ms(med(app.cards))} / ${ms(p95(app.cards))}`,
      `${ms(med(floor.cards))} / ${ms(p95(floor.cards))}`,
      `**${(med(app.cards) / med(floor.cards)).toFixed(2)}**`,
      `${ms(med(app.lcp))} / ${ms(p95(app.lcp))}`,
      `${ms(med(floor.lcp))} / ${ms(p95(floor.lcp))}`,
      (med(app.lcp) / med(floor.lcp)).toFixed(2),
    ]);
  }
}
table(["data", "CPU throttle", "app cards", "floor cards", "ratio", "app LCP", "floor LCP", "ratio"], paintRows);

say(`## Filter while typing letter by letter, ms (keystroke to laid-out results; budget p95 ≤ 16 at 1,000 roles, ≤ 50 at 10,000)`);
say();
const filterRows = [];
for (const r of results) {
  for (const [label, s] of [["none", r.typing1], ["4×", r.typing4]]) {
    filterRows.push([r.build.name, label, ms(s.median), `**${ms(s.p95)}**`, ms(s.worst), String(s.n)]);
  }
}
table(["data", "CPU throttle", "median", "p95", "worst", "keystrokes"], filterRows);
say(`Typed: ${results.map((r) => `${r.build.name}: ${r.words.map((w) => `“${w}”`).join(", ")}`).join("; ")}.`);
say();

say(`## Interaction to next paint of key presses in the search box, 4× CPU throttle, ms (Event Timing; budget ≤ 200 at 1,000 roles)`);
say();
table(
  ["data", "median", "p95", "worst", "key presses"],
  results.map((r) => [r.build.name, ms(r.inp4.median), `**${ms(r.inp4.p95)}**`, ms(r.inp4.worst), String(r.inp4.n)]),
);
say(`Interactions under 16 ms are not reported by the browser; they count as 16.`);
say();

say(`## 4-role comparison opened from the catalogue, ms (budget ≤ 16): the first screen laid out (the summary of the first pair, which fills it; with one role the table's first rows), then every row, with the view's code loaded; the first open, which also fetches and compiles that code, once; memory after typing (budget ≤ 16 MB at 10,000 roles)`);
say();
table(
  ["data", "first open: first screen / all rows", "first screen median", "first screen p95", "all rows median", "all rows p95", "wasm memory MB", "JS heap MB", "total MB"],
  results.map((r) => [
    r.build.name,
    `${ms(r.compareCold.first)} / ${ms(r.compareCold.complete)}`,
    ms(r.compare.median),
    `**${ms(r.compare.p95)}**`,
    ms(r.compareAll.median),
    ms(r.compareAll.p95),
    (r.memory.wasm / 1048576).toFixed(1),
    (r.memory.js / 1048576).toFixed(1),
    `**${((r.memory.wasm + r.memory.js) / 1048576).toFixed(1)}**`,
  ]),
);

if (OUT) {
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, lines.join("\n") + "\n");
  console.error(`written to ${OUT}`);
}
