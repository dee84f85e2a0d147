// The playground (www/): builds it into a static folder on top of the built package (pkg/, imported
// as `micropython-sandbox`) and serves it on 127.0.0.1.
//
//   node scripts/playground.mjs [--port N]      build into build/www/ and serve it (default port 8000)
//   node scripts/playground.mjs --build [DIR]   only build (default build/www/): deployable under any
//                                                path of any static host (all URLs are relative)
// `npm run playground [-- …]` builds the package first (scripts/playground.sh).
import { createHash } from "node:crypto";
import { copyFileSync, cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const WWW = join(ROOT, "www");
const PKG = join(ROOT, "pkg");
export const DEFAULT_OUT = join(ROOT, "build/www");

/** The package files the page needs beside its bundle: the Worker bundle and the two wasm files. */
const PKG_ASSETS = ["browser-worker.js", "host_bg.wasm", "micropython.wasm"];

function files(dir, base = dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, base) : [relative(base, path).split(sep).join("/")];
  });
}

/** Builds the site into `out` (emptied first). Returns the list of files written. */
export async function buildPlayground(out = DEFAULT_OUT) {
  for (const f of PKG_ASSETS) {
    try {
      statSync(join(PKG, f));
    } catch {
      throw new Error(`pkg/${f} is missing: build the package first (bash scripts/build.sh)`);
    }
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  await esbuild.build({
    entryPoints: { app: join(WWW, "main.js") },
    outdir: out,
    bundle: true,
    splitting: true, // the package is its own chunk, loaded once the editor is up
    chunkNames: "chunk-[hash]",
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    loader: { ".csv": "text" },
    logLevel: "warning",
  });
  for (const f of PKG_ASSETS) copyFileSync(join(PKG, f), join(out, f));
  cpSync(join(WWW, "fixtures"), join(out, "fixtures"), { recursive: true });

  // One request for the page: the stylesheet goes inline.
  const css = readFileSync(join(WWW, "style.css"), "utf8");
  const html = readFileSync(join(WWW, "index.html"), "utf8")
    .replace('<link rel="stylesheet" href="style.css">', () => `<style>\n${css}</style>`);
  writeFileSync(join(out, "index.html"), html);

  writeFileSync(join(out, "_headers"), `/*\n${Object.entries(ISOLATION).map(([k, v]) => `  ${k}: ${v}\n`).join("")}`);

  // The service worker precaches everything, under a name that changes with the content.
  const written = files(out);
  const hash = createHash("sha256");
  for (const f of written.sort()) hash.update(f).update(readFileSync(join(out, f)));
  const sw = readFileSync(join(WWW, "sw.js"), "utf8")
    .replace("__VERSION__", hash.digest("hex").slice(0, 16))
    .replace("__FILES__", JSON.stringify(["./", ...written.filter((f) => f !== "_headers")]));
  writeFileSync(join(out, "sw.js"), sw);
  return [...written, "sw.js"];
}

/**
 * Cross-origin isolation: the sandbox's Worker then calls the page's host functions through
 * SharedArrayBuffer (without it, by message; the playground works either way). Sent by serve(),
 * and in `_headers` for hosts that read it (Netlify, Cloudflare Pages).
 */
export const ISOLATION = { "cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp" };

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm",
  ".json": "application/json", ".csv": "text/csv", ".css": "text/css",
};

/**
 * Serves `dir` at URL path `base` on 127.0.0.1 (the first free port from `port`; 0: any); resolves
 * with the site's URL. `isolate: false` leaves out the isolation headers, like a plain static host.
 */
export async function serve(dir, { port = 8000, base = "/", isolate = true } = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (!path.startsWith(base)) return res.writeHead(404).end();
    if (path.endsWith("/")) path += "index.html";
    const file = normalize(join(root, path.slice(base.length)));
    if (!file.startsWith(root + sep)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      // Revalidated on every use, so a rebuild shows at once; unchanged files answer 304.
      const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
      const headers = { etag, "cache-control": "no-cache", ...(isolate && ISOLATION) };
      if (req.headers["if-none-match"] === etag) return res.writeHead(304, headers).end();
      res.writeHead(200, { ...headers, "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  for (let p = port; ; p++) {
    try {
      await new Promise((ok, fail) => server.once("error", fail).listen(p, "127.0.0.1", ok));
      return { url: `http://127.0.0.1:${server.address().port}${base}`, close: () => server.close() };
    } catch (e) {
      if (e.code !== "EADDRINUSE" || p >= port + 20 || port === 0) throw e;
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const flag = (name) => {
    const i = args.indexOf(name);
    return i < 0 ? undefined : (args[i + 1] && !args[i + 1].startsWith("--") ? args[i + 1] : true);
  };
  const build = flag("--build");
  const out = typeof build === "string" ? resolve(build) : DEFAULT_OUT;
  const written = await buildPlayground(out);
  console.log(`built the playground into ${relative(process.cwd(), out) || "."}/ (${written.length} files)`);
  if (!build) {
    const port = flag("--port");
    const { url } = await serve(out, { port: port === undefined ? 8000 : Number(port) });
    console.log(`playground: ${url}  (Ctrl+C stops)`);
  }
}
