import { chromium } from "playwright-core";
import { serve } from "/work/main/tests/e2e/server.js";
const server = await serve(process.env.DIST);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const shots = JSON.parse(process.env.SHOTS);
for (const [name, frag, w, h, scheme, scroll] of shots) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme });
  const page = await ctx.newPage();
  page.on("console", (m) => m.type() === "error" && console.log("console:", m.text()));
  page.on("pageerror", (e) => console.log("pageerror:", String(e)));
  await page.goto(server.url + frag);
  await page.waitForSelector("main#main:not([data-prerendered])");
  await page.waitForTimeout(300);
  if (scroll) { await page.evaluate((y) => window.scrollTo(0, y), scroll); await page.waitForTimeout(100); }
  await page.screenshot({ path: `/tmp/${name}.png`, fullPage: !scroll });
  console.log(name, await page.evaluate(() => [document.querySelector(".site-header")?.getBoundingClientRect().height, document.documentElement.scrollHeight]));
  await ctx.close();
}
await browser.close(); await server.close();
