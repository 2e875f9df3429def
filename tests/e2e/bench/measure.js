// What `make bench` measures in headless Chromium, one function per measurement. Each opens its
// own browser context (a first visit: nothing cached), so runs do not warm each other up.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

/** Nearest-rank percentile of `values` (p in 0..100). */
export function percentile(values, p) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Every file of a build: raw, gzip -9 and brotli -11 bytes. */
export function fileSizes(dist) {
  const out = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name !== "floor.html") {
        const body = fs.readFileSync(full);
        out.push({
          file: path.relative(dist, full),
          raw: body.length,
          gzip: zlib.gzipSync(body, { level: 9 }).length,
          br: zlib.brotliCompressSync(body, {
            params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
          }).length,
        });
      }
    }
  };
  walk(dist);
  return out.sort((a, b) => b.br - a.br);
}

/** The live app's cards (not those prerendered into index.html, which nothing drives). */
export const APP_CARDS = "main#main:not([data-prerendered]) .role-card";

// Recorded in every page before anything of its own runs: paint timings and the wasm memory.
const OBSERVERS = () => {
  window.__bench = { cards: [], lcp: 0, events: [] };
  // Element Timing needs the attribute before the title is painted: mutation callbacks run
  // before the next rendering step, for the app's cards and for the floor's parsed ones.
  const mark = (root) => {
    for (const el of root.querySelectorAll(".role-card-title:not([elementtiming])")) el.setAttribute("elementtiming", "role-card");
  };
  new MutationObserver(() => mark(document)).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.identifier === "role-card") window.__bench.cards.push(e.renderTime || e.loadTime);
  }).observe({ type: "element", buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.lcp = e.startTime;
  }).observe({ type: "largest-contentful-paint", buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.interactionId) window.__bench.events.push([e.interactionId, e.duration]);
  }).observe({ type: "event", durationThreshold: 16, buffered: true });
  addEventListener("TrunkApplicationStarted", (e) => {
    window.__bench.memory = e.detail.wasm.memory;
  });
};

async function open(browser, { throttle = 1 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(OBSERVERS);
  const cdp = await context.newCDPSession(page);
  if (throttle > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  return { context, page, cdp };
}

/** The files a first visit to the catalogue fetches (paths relative to the build); with `saved`, a visit with that progress record stored (and no offline cache). */
export async function firstLoadFiles(browser, base, { saved = null } = {}) {
  const { context, page } = await open(browser);
  // A returning visitor: progress saved in this browser before the app starts.
  if (saved) await page.addInitScript((record) => localStorage.setItem("rungs.progress", record), saved);
  const files = new Set();
  page.on("request", (req) => {
    if (req.url().startsWith(base)) files.add(decodeURIComponent(new URL(req.url()).pathname.slice(new URL(base).pathname.length)) || "index.html");
  });
  await page.goto(base + "#/");
  await page.waitForSelector(APP_CARDS);
  await page.waitForLoadState("networkidle");
  await context.close();
  return files;
}

/**
 * The static-HTML floor: the catalogue exactly as the app renders it, saved as a page with the
 * same stylesheet and no script. Nothing can show these cards sooner than a browser shows it.
 */

export async function writeFloor(browser, base, dist) {
  const { context, page } = await open(browser);
  await page.goto(base + "#/");
  await page.waitForSelector(APP_CARDS);
  const html = await page.evaluate(() => {
    const doc = document.documentElement.cloneNode(true);
    for (const el of doc.querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"], meta[name="rungs-app"], #loading')) el.remove();
    return "<!DOCTYPE html>\n" + doc.outerHTML;
  });
  fs.writeFileSync(path.join(dist, "floor.html"), html);
  await context.close();
}

/** One first visit: when the first role card was painted, and the largest contentful paint. */
export async function paint(browser, url, throttle) {
  const { context, page } = await open(browser, { throttle });
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.cards.length > 0, null, { timeout: 120_000 });
  await page.waitForTimeout(300);
  const result = await page.evaluate(() => ({ cards: Math.min(...window.__bench.cards), lcp: window.__bench.lcp }));
  await context.close();
  return result;
}

async function openCatalogue(browser, base, throttle) {
  const opened = await open(browser, { throttle });
  await opened.page.goto(base + "#/");
  await opened.page.waitForSelector(APP_CARDS, { timeout: 120_000 });
  return opened;
}

/** Words to type, taken from the framework itself: a title word, a whole title, and a miss. */
export async function queries(browser, base) {
  const { context, page } = await openCatalogue(browser, base, 1);
  const titles = await page.$$eval(".role-card-title", (els) => els.slice(0, 20).map((e) => e.textContent.trim().toLowerCase()));
  await context.close();
  const words = titles.join(" ").split(/\s+/).filter((w) => /^[a-z]+$/.test(w));
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a), "");
  return [longest, titles[0].slice(0, 24), "qxzvj"];
}

/**
 * Keystroke to updated results: from the input event to the end of the work it causes (its
 * handlers, the reactive updates they queue, and style and layout of the new results).
 */
export async function typing(browser, base, words, throttle) {
  const { context, page } = await openCatalogue(browser, base, throttle);
  const times = await page.evaluate(async (words) => {
    const input = document.getElementById("search");
    const task = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); });
    const pause = (ms) => new Promise((r) => setTimeout(r, ms));
    const set = async (value, data) => {
      const t0 = performance.now();
      input.value = value;
      input.dispatchEvent(new InputEvent("input", { bubbles: true, data, inputType: "insertText" }));
      await task();
      void document.body.offsetHeight;
      return performance.now() - t0;
    };
    const out = [];
    for (const word of words) {
      await set("", null);
      await pause(100);
      for (let i = 1; i <= word.length; i++) {
        out.push(await set(word.slice(0, i), word[i - 1]));
        await pause(40);
      }
    }
    return out;
  }, words);
  await context.close();
  return times;
}

/** Interaction to next paint of real key presses (Event Timing; under 16 ms is not reported, counted as 16). */
export async function interactionToNextPaint(browser, base, words, throttle) {
  const { context, page } = await openCatalogue(browser, base, throttle);
  await page.focus("#search");
  let presses = 0;
  for (const word of words) {
    await page.fill("#search", "");
    for (const ch of word) {
      await page.keyboard.press(ch === " " ? "Space" : ch);
      presses++;
      await page.waitForTimeout(60);
    }
  }
  await page.waitForTimeout(500);
  const events = await page.evaluate(() => window.__bench.events);
  await context.close();
  const worst = new Map();
  for (const [id, d] of events) worst.set(id, Math.max(worst.get(id) || 0, d));
  const durations = [...worst.values()];
  while (durations.length < presses) durations.push(16);
  return durations;
}

/** A 4-role comparison opened from the catalogue: from the link to the laid-out table. */
export async function comparison(browser, base, runs) {
  const { context, page } = await openCatalogue(browser, base, 1);
  const ids = await page.$$eval("[data-role].role-card", (els) => els.slice(0, 4).map((e) => e.dataset.role));
  const first = [];
  const complete = [];
  // The first open also fetches and compiles the comparison's own wasm (a split view): it is
  // reported on its own, as `cold`, and the runs measure the view with its code loaded.
  let cold;
  for (let i = -1; i < runs; i++) {
    await page.evaluate(() => { location.hash = "#/"; });
    await page.waitForSelector(APP_CARDS);
    await page.waitForTimeout(100);
    // The first screen laid out (the first pair's summary: the table starts below it), then
    // every row of the table drawn and laid out.
    const t = await page.evaluate(async (ids) => {
      const task = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); });
      const t0 = performance.now();
      location.hash = "#/compare?roles=" + ids.join(",");
      while (!document.querySelector(".pair-summary")) await task();
      void document.body.offsetHeight;
      const first = performance.now() - t0;
      while (document.querySelector(".compare-table")?.dataset.complete !== "true") await task();
      void document.body.offsetHeight;
      return { first, complete: performance.now() - t0 };
    }, ids);
    if (i < 0) {
      cold = t;
      continue;
    }
    first.push(t.first);
    complete.push(t.complete);
  }
  await context.close();
  return { first, complete, cold };
}

/** Memory after opening the catalogue and typing: wasm linear memory and the JS heap, after a GC. */
export async function memory(browser, base, words) {
  const { context, page, cdp } = await openCatalogue(browser, base, 1);
  for (const word of words) await page.fill("#search", word);
  await page.fill("#search", "");
  await page.waitForTimeout(200);
  await cdp.send("HeapProfiler.collectGarbage");
  const m = await page.evaluate(() => ({ wasm: window.__bench.memory ? window.__bench.memory.buffer.byteLength : NaN, js: performance.memory.usedJSHeapSize }));
  await context.close();
  return m;
}
