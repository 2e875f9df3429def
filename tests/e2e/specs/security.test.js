// Issue 9, safe to host: the release build works under a strict Content-Security-Policy (in a
// meta tag and in the headers of hosting/_headers), and nothing a user or a link brings in is
// ever run: classic script payloads through every input show as text.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { setup, openPage, go, DIST, APP_MAIN } from "../helpers.js";
import { encodeLink } from "../link.js";

const s = setup();
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** Records CSP violations in the page (window.__csp) from the first script on. */
async function watchCsp(context) {
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
}

const policyOf = (text, re) => {
  const m = text.match(re);
  assert.ok(m, `no policy found by ${re}`);
  return m[1].trim();
};

test("the policy in index.html, hosting/_headers and hosting/nginx.conf is the same, and strict", async () => {
  const meta = policyOf(fs.readFileSync(path.join(DIST, "index.html"), "utf8"), /http-equiv="Content-Security-Policy" content="([^"]+)"/);
  const headers = policyOf(fs.readFileSync(path.join(ROOT, "hosting/_headers"), "utf8"), /Content-Security-Policy: (.+)/);
  const nginx = policyOf(fs.readFileSync(path.join(ROOT, "hosting/nginx.conf"), "utf8"), /add_header Content-Security-Policy "([^"]+)"/);
  const ancestors = "; frame-ancestors 'none'";
  assert.equal(headers, meta + ancestors);
  assert.equal(nginx, meta + ancestors);
  const scripts = meta.match(/script-src ([^;]+)/)[1];
  assert.doesNotMatch(scripts, /'unsafe-inline'|'unsafe-eval'/, "no unsafe-inline or unsafe-eval for scripts");
  assert.doesNotMatch(meta.match(/style-src ([^;]+)/)[1], /unsafe-inline/);
  for (const d of ["object-src 'none'", "base-uri 'self'", "connect-src 'self'", "default-src 'none'"]) assert.ok(meta.includes(d), d);
  // The built page has no inline script at all, and no inline style.
  const html = fs.readFileSync(path.join(DIST, "index.html"), "utf8");
  for (const tag of html.match(/<script[^>]*>/g)) assert.match(tag, /src="/, `inline script: ${tag}`);
  assert.doesNotMatch(html, /<style|style="/);
  assert.ok(fs.existsSync(path.join(DIST, "_headers")), "dist/ carries _headers for hosts that read it");
});

test("the host headers are sent: policy, nosniff, no referrer, application/wasm", async () => {
  const index = await fetch(s.base);
  assert.match(index.headers.get("content-security-policy"), /frame-ancestors 'none'/);
  assert.equal(index.headers.get("x-content-type-options"), "nosniff");
  assert.equal(index.headers.get("referrer-policy"), "no-referrer");
  const wasm = fs.readdirSync(DIST).find((f) => f.endsWith(".wasm"));
  const res = await fetch(s.base + wasm);
  assert.equal(res.headers.get("content-type"), "application/wasm");
});

test("every view works under the policy with no violation", async () => {
  const p = await openPage(s);
  await watchCsp(p.context);
  await go(s, p.page, "#/");
  await p.page.waitForSelector("[data-role]");
  const ids = await p.page.locator("[data-role]").evaluateAll((cards) => cards.map((c) => c.dataset.role));
  const views = ["#/", "#/?q=a", `#/role/${ids[0]}`, `#/compare?roles=${ids.slice(0, 2).join(",")}`, "#/progress", "#/sources", "#/no-such-page"];
  await go(s, p.page, `#/role/${ids[0]}`);
  const more = await p.page.locator('main a[href^="#/skill/"], main a[href^="#/sources/"], main a[href^="#/role/"]').evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  for (const fragment of [...views, ...new Set(more)]) {
    await p.page.goto(s.base + fragment);
    await p.page.waitForSelector(`${APP_MAIN} h1`);
  }
  // Progress with a role chosen: bars, chart and the assessment list are drawn too.
  await p.page.goto(s.base + "#/progress");
  await p.page.selectOption("#current-role", ids[0]);
  await p.page.locator(".expectation input[type=radio]").first().check();
  await p.page.waitForSelector("[role=progressbar]");
  assert.deepEqual(await p.page.evaluate(() => window.__csp), []);
  // The policy is really in force: an injected inline script is refused and reported.
  const ran = await p.page.evaluate(() => {
    window.__ran = false;
    const el = document.createElement("script");
    el.textContent = "window.__ran = true";
    document.body.append(el);
    return window.__ran;
  });
  assert.equal(ran, false);
  await p.page.waitForFunction(() => window.__csp.length > 0);
  await p.close();
});

const PAYLOADS = [
  "<script>window.__xss('script')</script>",
  "<img src=x onerror=\"window.__xss('img')\">",
  "<svg onload=window.__xss('svg')>",
  "\"><script>window.__xss('attr-break')</script>",
  "'><img src=x onerror=window.__xss('single')>",
  "javascript:window.__xss('js-url')",
  "<iframe src=\"javascript:window.__xss('iframe')\"></iframe>",
  "<body onload=window.__xss('body')>",
  "<a href=\"javascript:window.__xss('a')\">click</a>",
  "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss('mxss')>",
  "{{constructor.constructor('window.__xss(\"tpl\")')()}}",
  "${window.__xss('template')}",
  "<details open ontoggle=window.__xss('details')>",
  "<input autofocus onfocus=window.__xss('autofocus')>",
  "<video><source onerror=window.__xss('video')>",
  "<object data=\"javascript:window.__xss('object')\"></object>",
  "<embed src=\"javascript:window.__xss('embed')\">",
  "</textarea><script>window.__xss('textarea')</script>",
  "<style>@import 'javascript:window.__xss(1)';</style>",
  "<marquee onstart=window.__xss('marquee')>",
  "\" onmouseover=\"window.__xss('quote')",
  "&lt;script&gt;window.__xss('entity')&lt;/script&gt;",
  "<base href=\"javascript:window.__xss('base')//\">",
  "<form><button formaction=javascript:window.__xss('form')>x</button></form>",
];

/**
 * A page whose escaping is tested on its own: the policy is bypassed (it would hide an
 * injection), every alert and every call of window.__xss is recorded, and any element a payload
 * would create (img, svg, iframe, …) is looked for after each step.
 */
async function trap() {
  const p = await openPage(s, { context: { bypassCSP: true, permissions: ["clipboard-read", "clipboard-write"] } });
  await p.context.addInitScript(() => {
    window.__hits = [];
    window.__xss = (what) => window.__hits.push(what);
    window.alert = window.confirm = window.prompt = (m) => window.__hits.push(`dialog ${m}`);
  });
  p.assertSafe = async (where) => {
    const injected = await p.page.evaluate(() =>
      [...document.querySelectorAll(
        'img[src="x"], iframe, object, embed, video, marquee, math, base, main script, main style, main form, ' +
          "[onerror], [onload], [onmouseover], [ontoggle], [onfocus], [onstart], [formaction], a[href^='javascript:' i]",
      )]
        .map((e) => e.outerHTML.slice(0, 80)),
    );
    assert.deepEqual(injected, [], `${where}: elements from a payload`);
    assert.deepEqual(await p.page.evaluate(() => window.__hits), [], `${where}: a payload ran`);
  };
  return p;
}

test("payloads in the search box and in URL fragments show as text and never run", async () => {
  const p = await trap();
  await go(s, p.page, "#/");
  await p.page.waitForSelector("[data-role]");
  for (const payload of PAYLOADS) {
    await p.page.fill("#search", payload);
    await p.page.waitForFunction((q) => decodeURIComponent(location.hash).includes(q.slice(0, 8)), payload);
    assert.equal(await p.page.inputValue("#search"), payload);
    await p.assertSafe(`search ${payload}`);
  }
  for (const payload of PAYLOADS) {
    const enc = encodeURIComponent(payload);
    for (const fragment of [`#/role/${enc}`, `#/skill/${enc}`, `#/sources/${enc}`, `#/${enc}`, `#/compare?roles=${enc}`]) {
      await p.page.goto(s.base + fragment);
      await p.page.waitForSelector(`${APP_MAIN} h1`);
      await p.assertSafe(`fragment ${fragment}`);
    }
    // Not-found views name what was asked for, as text.
    await p.page.goto(`${s.base}#/role/${enc}`);
    await p.page.waitForSelector(`${APP_MAIN} h1`);
    assert.ok((await p.page.locator("main").innerText()).includes(payload), `role id ${payload} shown as text`);
  }
  p.expectClean();
  await p.close();
});

test("payloads in evidence notes, import files and links show as text and never run", async () => {
  const p = await trap();
  await go(s, p.page, "#/progress");
  const role = await p.page.locator("#current-role option").nth(1).getAttribute("value");
  await p.page.selectOption("#current-role", role);
  const rows = p.page.locator(".expectation");
  await rows.first().waitFor();
  // Typed into evidence notes (as many as the role has expectations for).
  const typed = Math.min(await rows.count(), 4);
  for (let i = 0; i < typed; i++) {
    await rows.nth(i).locator("details.evidence summary").click();
    await rows.nth(i).locator("textarea").fill(PAYLOADS[i]);
    await rows.nth(i).locator("textarea").blur();
  }
  await p.page.reload();
  await rows.first().waitFor();
  for (let i = 0; i < typed; i++) assert.equal(await rows.nth(i).locator("textarea").inputValue(), PAYLOADS[i]);
  await p.assertSafe("evidence notes");

  // An import file with every payload as a note and as an unknown role id.
  const assessments = Object.fromEntries(
    PAYLOADS.map((text, i) => [`s${(0xe000 + i).toString(16).padStart(8, "0")}`, { rating: "developing", evidence: { text, date: "" }, updated: 1000 + i }]),
  );
  const file = `/tmp/rungs-xss-${process.pid}.json`;
  fs.writeFileSync(file, JSON.stringify({ format: "rungs-progress", version: 2, progress: { current_role: PAYLOADS[1], target_role: PAYLOADS[3], roles_updated: 5, assessments } }));
  await p.page.setInputFiles("#import-file", file);
  const preview = p.page.locator('[data-testid="import-preview"]');
  await preview.waitFor();
  const text = await preview.textContent();
  for (const payload of PAYLOADS) assert.ok(text.includes(payload), `file: ${payload} shown as text`);
  await p.assertSafe("import preview");
  await preview.getByRole("button", { name: "Cancel" }).click();

  // A link carrying the same.
  const link = encodeLink({
    current: PAYLOADS[0],
    rolesUpdated: 5,
    entries: PAYLOADS.map((evidence, i) => ({ key: `s${(0xe000 + i).toString(16).padStart(8, "0")}`, rating: "role_model", evidence, updated: 2000 + i })),
  });
  await p.page.goto(`${s.base}#/progress?link=${link}`);
  await preview.waitFor();
  const fromLink = await preview.textContent();
  for (const payload of PAYLOADS) assert.ok(fromLink.includes(payload), `link: ${payload} shown as text`);
  await preview.getByRole("button", { name: "Merge into mine" }).click();
  await p.page.waitForFunction(() => location.hash === "#/progress");
  await p.assertSafe("link merged");
  p.expectClean();
  await p.close();
});
