// Trunk post_build hook (Trunk.toml): splits the app's wasm at its split points
// (src/app/views.rs) so the first load carries only the catalogue, and every other view is a
// wasm file fetched when it first opens. Trunk 0.21 cannot split, so this replaces the wasm
// and JS that Trunk staged with split ones, as cargo-leptos does:
//   cargo's wasm (linked with --emit-relocs, see .ci/wasm-env)
//   -> wasm-split-cli: main module + one wasm per view + the loader that links them
//   -> wasm-bindgen on the main module (keeping the exports the chunks link against)
//   -> wasm-opt -Oz on every wasm.
// All files are named rungs-<hash of every wasm>…, so a deployment never mixes old and new
// parts, and the staged index.html is rewritten to the new names and integrity hashes.
import { execFile, execFileSync } from "node:child_process";
import os from "node:os";
import { promisify } from "node:util";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const fail = (message) => {
  console.error(`split-wasm: error: ${message}`);
  process.exit(1);
};
const stage = process.env.TRUNK_STAGING_DIR || fail("TRUNK_STAGING_DIR is not set (run by trunk)");
const profile = process.env.TRUNK_PROFILE || "release";
const targetDir = process.env.CARGO_TARGET_DIR || "target";
const input = path.join(targetDir, "wasm32-unknown-unknown", profile, "rungs.wasm");
if (!fs.existsSync(input)) fail(`${input} is missing: cargo's wasm is split, not Trunk's`);

// RUNGS_WASM_NAMES=1 keeps function names in every wasm, for the browser's profiler (bigger files;
// never for a deployment).
const keepNames = process.env.RUNGS_WASM_NAMES === "1";

const run = (tool, args) => {
  try {
    execFileSync(tool, args, { stdio: ["ignore", "inherit", "inherit"] });
  } catch (e) {
    fail(`${tool} ${args.join(" ")} failed (${e.message})`);
  }
};

const work = path.join(targetDir, "wasm-split");
fs.rmSync(work, { recursive: true, force: true });
const bindgenDir = path.join(work, "bindgen");
fs.mkdirSync(bindgenDir, { recursive: true });

run("wasm-split-cli", ["--target", "web", "--out-name", "rungs", input, work]);
run("wasm-bindgen", [
  "--target", "web", "--keep-lld-exports", "--no-demangle", "--no-typescript",
  ...(keepNames ? ["--keep-debug"] : []),
  "--out-name", "rungs", "--out-dir", bindgenDir, path.join(work, "rungs.wasm"),
]);
const chunks = fs.readdirSync(work).filter((f) => f.endsWith(".wasm") && f !== "rungs.wasm");
if (chunks.length === 0) fail("wasm-split-cli found no split points: is src/app/views.rs built?");
const loader = path.join(work, "__wasm_split.js");
if (!fs.existsSync(loader)) fail("wasm-split-cli wrote no __wasm_split.js");

const features = ["--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
  "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue"];
const mainWasm = path.join(bindgenDir, "rungs_bg.wasm");
if (profile === "release") {
  // One wasm-opt per core at a time, the main module (the largest) first.
  const queue = [mainWasm, ...chunks.map((c) => path.join(work, c))];
  const optimise = async () => {
    for (let file; (file = queue.shift()); ) {
      await promisify(execFile)("wasm-opt", ["-Oz", ...features, ...(keepNames ? ["-g"] : []), file, "-o", file])
        .catch((e) => fail(`wasm-opt ${file} failed (${e.stderr || e.message})`));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, os.cpus().length) }, optimise));
}

// One hash over every wasm names the whole build.
const digest = crypto.createHash("sha256");
for (const file of [mainWasm, ...chunks.sort().map((c) => path.join(work, c))]) digest.update(fs.readFileSync(file));
const hash = digest.digest("hex").slice(0, 16);
const name = (suffix) => `rungs-${hash}${suffix}`;
const names = {
  js: name(".js"),
  wasm: name("_bg.wasm"),
  loader: name("-split.js"),
  chunk: (c) => name(`-${c}`),
};

const replaceAll = (text, from, to) => {
  if (!text.includes(from)) fail(`expected “${from}” in a generated file`);
  return text.split(from).join(to);
};

// Trunk's unsplit files go; the split ones take their place.
const html = path.join(stage, "index.html");
let page = fs.readFileSync(html, "utf8");
const meta = page.match(/<meta name="rungs-app" data-js="([^"]*)" data-wasm="([^"]*)">/)
  || fail("index.html has no <meta name=\"rungs-app\"> (Trunk.toml pattern_script)");
const base = meta[1].slice(0, meta[1].lastIndexOf("/") + 1);
const oldJs = meta[1].slice(base.length);
const oldWasm = meta[2].slice(base.length);
for (const old of [oldJs, oldWasm]) fs.rmSync(path.join(stage, old), { force: true });

let glue = fs.readFileSync(path.join(bindgenDir, "rungs.js"), "utf8");
// Only the module specifiers: the wasm's import object keeps the name the wasm imports.
glue = replaceAll(glue, 'from "./__wasm_split.js"', `from "./${names.loader}"`);
fs.writeFileSync(path.join(stage, names.js), glue);
fs.copyFileSync(mainWasm, path.join(stage, names.wasm));

let link = fs.readFileSync(loader, "utf8");
link = replaceAll(link, 'from "./rungs.js"', `from "./${names.js}"`);
for (const chunk of chunks) {
  link = replaceAll(link, `"./${chunk}"`, `"./${names.chunk(chunk)}"`);
  fs.copyFileSync(path.join(work, chunk), path.join(stage, names.chunk(chunk)));
}
fs.writeFileSync(path.join(stage, names.loader), link);

const integrity = (file) =>
  "sha384-" + crypto.createHash("sha384").update(fs.readFileSync(path.join(stage, file))).digest("base64");
page = replaceAll(page, oldJs, names.js);
page = replaceAll(page, oldWasm, names.wasm);
// Trunk's preload links carry integrity hashes of its own files: recompute them for ours.
page = page.replace(/(<link[^>]*href="([^"]*)"[^>]*integrity=")([^"]*)(")/g, (all, head, href, _old, tail) => {
  const file = href.slice(href.lastIndexOf("/") + 1);
  return file === names.js || file === names.wasm ? head + integrity(file) + tail : all;
});
fs.writeFileSync(html, page);

// Offline use: sw.js is src/js/sw.js with this deployment's version and file list filled in.
// The version is one hash over every staged file, so any change to any file is a new version
// (the prerendered markup that .ci/build-release adds later follows from these same files).
const staged = (dir, rel = "") =>
  fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((entry) => {
    const file = path.posix.join(rel, entry.name);
    return entry.isDirectory() ? staged(dir, file) : [file];
  });
// _headers is for the host, not the browser; sw.js is fetched by the browser itself.
const files = staged(stage).filter((f) => f !== "_headers" && f !== "sw.js").sort();
const version = crypto.createHash("sha256");
for (const file of files) version.update(file).update(fs.readFileSync(path.join(stage, file)));
const build = { version: version.digest("hex").slice(0, 16), files };
page = replaceAll(page, "</title>", `</title>\n  <meta name="rungs-build" content="${build.version}">`);
fs.writeFileSync(html, page);
const worker = fs.readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), "../../../src/js/sw.js"), "utf8");
fs.writeFileSync(path.join(stage, "sw.js"), replaceAll(worker, '/* build */ { version: "dev", files: [] }', JSON.stringify(build)));

const kb = (file) => (fs.statSync(path.join(stage, file)).size / 1024).toFixed(1);
console.log(`split-wasm: build ${build.version}, ${files.length} files for offline use; ${names.wasm} ${kb(names.wasm)} KB + ${chunks.length} views: ` +
  chunks.map((c) => `${c} ${kb(names.chunk(c))} KB`).join(", "));
