// Where typing in the search box, or opening a 4-role comparison, spends its time: the
// browser's sampling profiler over the same steps `make bench` times, as self time per
// function (wasm functions by name when the build kept them: RUNGS_WASM_NAMES=1
// .ci/build-release DIST).
//
//   node bench/profile.js DIST [word ...]
//   node bench/profile.js DIST --compare
import { chromium } from "playwright-core";
import { serve } from "../server.js";
import { APP_CARDS, percentile } from "./measure.js";

const [dist, ...given] = process.argv.slice(2);
if (!dist) {
  console.error("usage: node bench/profile.js DIST [word ... | --compare]");
  process.exit(2);
}
const compare = given[0] === "--compare";
const words = given.length && !compare ? given : ["engineering", "senior engineering manag", "qxzvj"];
const server = await serve(dist);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
// RUNGS_PROFILE_CSS="rule { ... }" tries a style rule without a rebuild (the page's CSP is bypassed).
const extraCss = process.env.RUNGS_PROFILE_CSS;
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: !!extraCss })).newPage();
await page.goto(server.url + "#/");
await page.waitForSelector(APP_CARDS);
if (extraCss) await page.addStyleTag({ content: extraCss });
await page.waitForTimeout(500);
const cdp = await page.context().newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
await cdp.send("Profiler.start");
// The browser's own work (style, layout, paint) beside the script's, from a trace of the same run.
await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink.user_timing"] });
// Each sample: [to the end of the work, to the next task].
const typing = async (words) => {
  const input = document.getElementById("search");
  const task = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); });
  const out = [];
  for (let round = 0; round < 3; round++) {
    for (const word of words) {
      for (let i = 0; i <= word.length; i++) {
        performance.mark("step-start");
        const t0 = performance.now();
        input.value = word.slice(0, i);
        input.dispatchEvent(new InputEvent("input", { bubbles: true }));
        await task();
        const t1 = performance.now();
        void document.body.offsetHeight;
        out.push([performance.now() - t0, t1 - t0]);
        performance.mark("step-end");
        await new Promise((r) => setTimeout(r, 20));
      }
    }
  }
  return out;
};
// From the catalogue to the first screen (the first pair's summary) of a comparison of its first four roles, as in make bench.
const comparing = async () => {
  const task = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); });
  const pause = (ms) => new Promise((r) => setTimeout(r, ms));
  const ids = [...document.querySelectorAll("[data-role].role-card")].slice(0, 4).map((e) => e.dataset.role);
  const out = [];
  for (let i = 0; i < 20; i++) {
    location.hash = "#/";
    while (!document.querySelector(".role-card")) await task();
    await pause(100);
    // The first open also fetches and compiles the view's code: it is left out, as in make bench.
    if (i > 0) performance.mark("step-start");
    const t0 = performance.now();
    location.hash = "#/compare?roles=" + ids.join(",");
    while (!document.querySelector(".pair-summary")) await task();
    const t1 = performance.now();
    void document.body.offsetHeight;
    if (i > 0) out.push([performance.now() - t0, t1 - t0]);
    if (i > 0) performance.mark("step-end");
    await pause(100);
  }
  return out;
};
const times = compare ? await page.evaluate(comparing) : await page.evaluate(typing, words);
const { profile } = await cdp.send("Profiler.stop");
const trace = JSON.parse((await browser.stopTracing()).toString());
await browser.close();
await server.close();

// Only what happens between a step's start and end marks counts (not the way back, nor pauses).
const marks = trace.traceEvents.filter((e) => e.name === "step-start" || e.name === "step-end").sort((a, b) => a.ts - b.ts);
const windows = [];
for (let i = 0; i + 1 < marks.length; i++) if (marks[i].name === "step-start" && marks[i + 1].name === "step-end") windows.push([marks[i].ts, marks[i + 1].ts]);
const inStep = (e) => windows.some(([a, b]) => e.ts >= a && e.ts <= b);
const phases = new Map();
for (const e of trace.traceEvents) {
  if (e.ph === "X" && e.dur && inStep(e) && ["Layout", "UpdateLayoutTree", "Paint", "PrePaint", "Layerize", "RasterTask", "FunctionCall", "TimerFire", "EventDispatch", "ParseHTML", "MajorGC", "MinorGC", "RunMicrotasks", "HitTest", "Commit"].includes(e.name)) {
    phases.set(e.name, (phases.get(e.name) || 0) + e.dur / 1000);
  }
}
// Samples in a step's window only, like the trace (both clocks count microseconds from one origin).
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
let at = profile.startTime;
profile.samples.forEach((id, i) => {
  at += dt[i] || 0;
  if (!inStep({ ts: at })) return;
  const f = byId.get(id).callFrame;
  const name = `${f.functionName || "(anonymous)"} ${f.url ? f.url.split("/").pop() : ""}`.trim();
  self.set(name, (self.get(name) || 0) + (dt[i] || 0) / 1000);
});
const idle = ["(idle)", "(program)"];
const busy = [...self].filter(([n]) => !idle.includes(n)).reduce((a, [, v]) => a + v, 0);
const summary = (values) => `median ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms`;
// Up to the next task, the browser often renders a frame too, so the first part can include
// style, layout and paint; the second is only the layout still pending after it.
console.log(`${times.length} ${compare ? "comparisons opened" : "keystrokes"}: ${summary(times.map((t) => t[0]))} (to the next task: ${summary(times.map((t) => t[1]))}; layout still pending then: ${summary(times.map((t) => t[0] - t[1]))}); ${busy.toFixed(0)} ms busy in the profile`);
console.log(`per step, from the trace (${windows.length} steps; nested events count in each): `  + [...phases].sort((a, b) => b[1] - a[1]).map(([n, t]) => `${n} ${(t / Math.max(1, windows.length)).toFixed(2)} ms`).join(", "));
for (const [name, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 45)) {
  console.log(`${t.toFixed(1).padStart(8)} ms ${((100 * t) / busy).toFixed(1).padStart(5)}%  ${name.slice(0, 150)}`);
}
