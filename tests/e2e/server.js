// A plain static file server for dist/, mounted under a sub-path, with no rewrite rules:
// what a CDN or `python -m http.server` would do. Anything outside the mount is a 404.
// Like Netlify or Cloudflare Pages, it applies the header rules of dist/_headers, so the
// end-to-end suite runs under the same headers a host would send.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
};

/** Reads a `_headers` file: [{ pattern: RegExp, headers: [[name, value]] }]. */
export function readHeaderRules(file) {
  if (!fs.existsSync(file)) return [];
  const rules = [];
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const re = line.trim().replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
      rules.push({ pattern: new RegExp(`^${re}$`), headers: [] });
    } else if (rules.length) {
      const at = line.indexOf(":");
      rules[rules.length - 1].headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** Serves `root` at `http://127.0.0.1:<port><mount>`; resolves to { url, close }. */
export function serve(root, mount = "/careers/") {
  const rules = readHeaderRules(path.join(root, "_headers"));
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    if (!url.pathname.startsWith(mount)) {
      res.writeHead(404).end("not found");
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(mount.length)) || "index.html";
    if (rel.endsWith("/")) rel += "index.html";
    const file = path.resolve(root, rel);
    if (!file.startsWith(path.resolve(root) + path.sep)) {
      res.writeHead(403).end("forbidden");
      return;
    }
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404).end("not found");
        return;
      }
      const headers = { "content-type": TYPES[path.extname(file)] || "application/octet-stream" };
      for (const rule of rules) {
        if (rule.pattern.test("/" + rel)) for (const [name, value] of rule.headers) headers[name.toLowerCase()] = value;
      }
      res.writeHead(200, headers);
      res.end(body);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}${mount}`, close: () =>
          new Promise((r) => {
            server.close(r);
            // Browsers keep connections open; a closed server must refuse them at once.
            server.closeAllConnections();
          }) });
    });
  });
}
