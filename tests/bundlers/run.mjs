// The package in the bundlers users build with: `npm pack` of pkg/ installed into a fresh app
// (tests/bundlers/app), built with each bundler's plainest setup (Vite, webpack 5, Parcel, Rollup,
// esbuild, Next.js), served on 127.0.0.1 and opened in Chromium. Each page must show a result, a
// Worker-enforced timeout and an inline session, fetch the inline host glue only on first use,
// with no failed request and every .wasm served as application/wasm. Then the same package under
// Vitest. The bundlers come from the workspace's node_modules: the apps live under build/, so
// their configs import them by name as a user's would. Prints TAP-like lines and each build's
// size; exit 1 on failure. `node tests/bundlers/run.mjs vite webpack` runs only those.
import { execFileSync, spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join, relative } from "node:path";
import { chromium } from "playwright-core";
import { serveStatic } from "../runtimes/static-server.js";
import { CHROMIUM, ROOT, need } from "../runtimes/paths.js";

need(CHROMIUM, "scripts/setup.sh (Debian package chromium, as root)");
need(join(ROOT, "pkg/package.json"), "npm run build");
const BIN = join(ROOT, "node_modules/.bin");
const APP = join(ROOT, "tests/bundlers/app");
/** What a bundler that leaves `new URL(…, import.meta.url)` alone needs copied beside its output. */
const BESIDE = ["browser-worker.js", "host_bg.wasm", "micropython.wasm"];

// The app folder: the packed package installed as a user would, one sub-folder per bundler. (No
// lock file, so Next.js takes the workspace's as its root and finds React there.)
mkdirSync(join(ROOT, "build"), { recursive: true });
const work = mkdtempSync(join(ROOT, "build/bundlers-"));
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
const tarball = join(work, run("npm", ["pack", "--silent", "--pack-destination", work, join(ROOT, "pkg")]).trim());
writeFileSync(join(work, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
run("npm", ["install", "--offline", "--no-package-lock", "--no-audit", "--no-fund", "--loglevel=error", tarball], work);
const installed = join(work, "node_modules/micropython-sandbox");

function app(name) {
  const dir = join(work, name);
  cpSync(APP, dir, { recursive: true });
  return dir;
}

/** Each bundler: build the app and serve it: { page (its URL), close(), dist (the output folder) }. */
const BUNDLERS = {
  async "vite build"() {
    const dir = app("vite");
    run(join(BIN, "vite"), ["build", "--logLevel", "error"], dir);
    return serve(join(dir, "dist"));
  },
  async "vite dev"() {
    const dir = app("vite-dev");
    const vite = await import("vite");
    const nodeEnv = process.env.NODE_ENV;
    const server = await vite.createServer({ root: dir, configFile: false, logLevel: "error", server: { host: "127.0.0.1", port: 0 } });
    await server.listen();
    // Vite set NODE_ENV=development in this process: the next builds must not inherit it.
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
    return { page: server.resolvedUrls.local[0] + "index.html", close: () => server.close() };
  },
  async webpack() {
    const dir = app("webpack");
    writeFileSync(join(dir, "webpack.config.js"), [
      `import HtmlWebpackPlugin from "html-webpack-plugin";`,
      `export default { entry: "./main.js", plugins: [new HtmlWebpackPlugin()] };`,
    ].join("\n"));
    run(join(BIN, "webpack"), ["--mode", "production", "--no-stats"], dir);
    return serve(join(dir, "dist"));
  },
  async parcel() {
    const dir = app("parcel");
    run(join(BIN, "parcel"), ["build", "index.html", "--dist-dir", "dist", "--cache-dir", ".parcel-cache", "--log-level", "error"], dir);
    return serve(join(dir, "dist"));
  },
  async rollup() {
    const dir = app("rollup");
    writeFileSync(join(dir, "rollup.config.mjs"), [
      `import { nodeResolve } from "@rollup/plugin-node-resolve";`,
      `export default { input: "main.js", output: { dir: "dist", format: "es" }, plugins: [nodeResolve({ browser: true })] };`,
    ].join("\n"));
    run(join(BIN, "rollup"), ["-c", "--silent"], dir);
    for (const f of [...BESIDE, "index.html"]) cpSync(f === "index.html" ? join(dir, f) : join(installed, f), join(dir, "dist", f));
    return serve(join(dir, "dist"));
  },
  async esbuild() {
    const dir = app("esbuild");
    run(join(BIN, "esbuild"), ["main.js", "--bundle", "--format=esm", "--outdir=dist", "--log-level=warning"], dir);
    for (const f of [...BESIDE, "index.html"]) cpSync(f === "index.html" ? join(dir, f) : join(installed, f), join(dir, "dist", f));
    return serve(join(dir, "dist"));
  },
  async next() {
    const dir = join(app("next"), "next");
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
    execFileSync(join(BIN, "next"), ["build"], { cwd: dir, env, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
    const port = await freePort();
    const server = spawn(join(BIN, "next"), ["start", "-H", "127.0.0.1", "-p", String(port)], { cwd: dir, env, stdio: "ignore", detached: true });
    const url = `http://127.0.0.1:${port}`;
    // next start and its next-server child (their own process group).
    const close = () => {
      try {
        process.kill(-server.pid);
      } catch {} // already gone
    };
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(url)).ok) break;
      } catch {}
      if (i === 300) {
        close();
        throw new Error("next start: no answer in 30 s");
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    return { page: url + "/", close, dist: join(dir, ".next/static") };
  },
};

function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function serve(dist) {
  const server = await serveStatic({ "/": dist });
  return { page: server.url + "/index.html", close: server.close, dist };
}

/** Bytes of each output file but source maps, largest first. */
function sizes(dir) {
  const files = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (!p.endsWith(".map")) files.push([relative(dir, p), statSync(p).size]);
    }
  };
  walk(dir);
  return files.sort((a, b) => b[1] - a[1]).map(([f, n]) => `${f} ${n}`).join(", ");
}

const wanted = process.argv.slice(2);
const only = (name) => wanted.length === 0 || wanted.some((w) => name.startsWith(w));
let passed = 0;
let failed = 0;
const result = (ok, what, detail) => {
  ok ? passed++ : failed++;
  console.log(`${ok ? "ok" : "not ok"} - ${what}${ok || detail === undefined ? "" : `: ${detail}`}`);
};

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic"],
});
try {
  for (const [name, build] of Object.entries(BUNDLERS)) {
    if (!only(name)) continue;
    const started = performance.now();
    let site;
    try {
      site = await build();
    } catch (e) {
      result(false, `${name}: build`, (e.stderr || e.stdout || e.message).trim().split("\n").slice(0, 8).join("\n  "));
      continue;
    }
    const built = performance.now() - started;
    const tab = await browser.newPage();
    const problems = [];
    const wasm = new Set();
    tab.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    tab.on("requestfailed", (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
    tab.on("response", (r) => {
      const path = new URL(r.url()).pathname;
      if (r.status() >= 400) problems.push(`HTTP ${r.status()} for ${path}`);
      if (/\.wasm$/.test(path)) {
        wasm.add(path);
        const type = r.headers()["content-type"];
        if (type !== "application/wasm") problems.push(`${path} served as ${type}`);
      }
    });
    try {
      await tab.goto(site.page);
      await tab.waitForFunction(() => window.report !== undefined, null, { timeout: 30_000 });
      const { workerOnlyJs, workerOnlyWasm, lazy, ...report } = await tab.evaluate(() => window.report);
      const want = { stdout: "42\n", worker: true, loop: "timeout", stuck: ["timeout", true], after: "after\n", inline: "2\n" };
      result(JSON.stringify(report) === JSON.stringify(want), `${name}: a result, Worker-enforced timeouts, an inline session`, JSON.stringify(report));
      // A page using only Worker sessions fetches neither wasm nor the inline host glue itself;
      // the first inline session loads them (esbuild without --splitting inlines the glue).
      const glue = lazy.filter((url) => /\.m?js$/.test(url));
      result(workerOnlyWasm === 0 && (name === "esbuild" || glue.length > 0), `${name}: the inline host glue loads on first use`,
        `before: ${workerOnlyWasm} wasm fetched by the page; on first inline use: ${lazy.join(", ")}`);
      console.log(`# ${name}: JS the page fetched before its first inline session (Worker scripts included): ${workerOnlyJs} bytes; ` +
        `that session fetched: ${lazy.join(", ")}`);
    } catch (e) {
      problems.push(e.message.split("\n")[0]);
    }
    if (wasm.size < 2) problems.push(`fetched ${wasm.size} .wasm files, want both (${[...wasm].join(", ")})`);
    result(problems.length === 0, `${name}: no failed request, wasm served as application/wasm`, problems.join("; "));
    console.log(`# ${name}: built and checked in ${((performance.now() - started) / 1000).toFixed(1)} s (build ${(built / 1000).toFixed(1)} s); ` +
      (site.dist ? `output: ${sizes(site.dist)}` : "dev server"));
    await tab.close();
    await site.close();
  }
} finally {
  await browser.close();
}

if (only("vitest")) {
  const dir = app("vitest");
  try {
    run(join(BIN, "vitest"), ["run", "--root", dir, "sandbox.test.js"], dir);
    result(true, "vitest: a test file importing the package");
  } catch (e) {
    result(false, "vitest: a test file importing the package", (e.stdout + e.stderr).trim().split("\n").slice(-15).join("\n  "));
  }
}

rmSync(work, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
