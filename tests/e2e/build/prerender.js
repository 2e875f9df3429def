// Renders the first view into a release build's index.html, so that it paints before the wasm
// has loaded: `node build/prerender.js DIST`. The page is the app's own rendering of the plain
// catalogue (`#/`, no stored progress) in headless Chromium, so it is the same markup the app
// makes; src/prerendered.rs swaps it for the live app in one task (no flash, no layout shift).
// src/js/startup.js shows it only where the URL opens the plain catalogue.
import { chromium } from "playwright-core";
import fs from "node:fs";
import path from "node:path";
import { serve } from "../server.js";

const dist = process.argv[2];
if (!dist || !fs.existsSync(path.join(dist, "index.html"))) {
  console.error(`usage: node build/prerender.js DIST (a release build with index.html); got ${dist}`);
  process.exit(2);
}
const file = path.join(dist, "index.html");
const html = fs.readFileSync(file, "utf8");
if (html.includes("data-prerendered")) {
  console.error(`${file} is prerendered already`);
  process.exit(2);
}

const server = await serve(dist);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  page.on("pageerror", (e) => problems.push(String(e)));
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  await page.goto(server.url + "#/");
  await page.waitForSelector("main#main", { timeout: 60_000 });
  // Effects have run once the loading notice is gone.
  await page.waitForFunction(() => !document.getElementById("loading"));
  if (problems.length) throw new Error(`the app reported problems while prerendering: ${problems.join("; ")}`);
  const nodes = await page.evaluate(() =>
    [...document.body.children]
      .filter((el) => !["loading", "fatal"].includes(el.id) && !["SCRIPT", "NOSCRIPT"].includes(el.tagName))
      .map((el) => {
        el.setAttribute("data-prerendered", "");
        return el.outerHTML;
      })
      .join(""),
  );
  if (!nodes.includes('id="main"')) throw new Error("the prerendered page has no main content");
  const out = html
    .replace(/<html([^>]*)>/, '<html$1 class="prerendered">')
    .replace("</body>", `${nodes}\n</body>`);
  if (!out.includes('class="prerendered"') || !out.includes("data-prerendered")) throw new Error(`cannot place the page into ${file}`);
  fs.writeFileSync(file, out);
  console.log(`prerendered ${file}: ${(nodes.length / 1024).toFixed(1)} KB of markup`);
} catch (e) {
  console.error(`prerender failed: ${e.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
