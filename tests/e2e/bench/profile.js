// Where typing in the search box spends its time: the browser's sampling profiler over the
// same keystrokes `make bench` times, as self time per function (wasm functions by name when
// the build kept them: RUNGS_WASM_NAMES=1 .ci/build-release DIST).
//
//   node bench/profile.js DIST [word ...]
import { chromium } from "playwright-core";
import { serve } from "../server.js";
import { APP_CARDS, percentile } from "./measure.js";

const [dist, ...given] = process.argv.slice(2);
if (!dist) {
  console.error("usage: node bench/profile.js DIST [word ...]");
  process.exit(2);
}
const words = given.length ? given : ["engineering", "senior engineering manag", "qxzvj"];
const server = await serve(dist);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
await page.goto(server.url + "#/");
await page.waitForSelector(APP_CARDS);
await page.waitForTimeout(500);
const cdp = await page.context().newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
await cdp.send("Profiler.start");
const times = await page.evaluate(async (words) => {
  const input = document.getElementById("search");
  const task = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); });
  const out = [];
  for (let round = 0; round < 3; round++) {
    for (const word of words) {
      for (let i = 0; i <= word.length; i++) {
        const t0 = performance.now();
        input.value = word.slice(0, i);
        input.dispatchEvent(new InputEvent("input", { bubbles: true }));
        await task();
        const t1 = performance.now();
        void document.body.offsetHeight;
        out.push([performance.now() - t0, t1 - t0]);
        await new Promise((r) => setTimeout(r, 20));
      }
    }
  }
  return out;
}, words);
const { profile } = await cdp.send("Profiler.stop");
await browser.close();
await server.close();

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
profile.samples.forEach((id, i) => {
  const f = byId.get(id).callFrame;
  const name = `${f.functionName || "(anonymous)"} ${f.url ? f.url.split("/").pop() : ""}`.trim();
  self.set(name, (self.get(name) || 0) + (dt[i] || 0) / 1000);
});
const idle = ["(idle)", "(program)"];
const busy = [...self].filter(([n]) => !idle.includes(n)).reduce((a, [, v]) => a + v, 0);
const summary = (values) => `median ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms`;
// Up to the next task, the browser often renders a frame too, so the first part can include
// style, layout and paint; the second is only the layout still pending after it.
console.log(`${times.length} keystrokes: ${summary(times.map((t) => t[0]))} (to the next task: ${summary(times.map((t) => t[1]))}; layout still pending then: ${summary(times.map((t) => t[0] - t[1]))}); ${busy.toFixed(0)} ms busy in the profile`);
for (const [name, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 45)) {
  console.log(`${t.toFixed(1).padStart(8)} ms ${((100 * t) / busy).toFixed(1).padStart(5)}%  ${name.slice(0, 150)}`);
}
