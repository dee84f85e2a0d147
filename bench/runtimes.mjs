// Package size and per-runtime figures for bench/run.mjs: `runtimeRows()` returns rows
// [what, value, note]. Each runtime is started fresh per sample; medians of a few samples.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serveStatic } from "../tests/runtimes/static-server.js";
import { startWrangler } from "../tests/runtimes/serve-wrangler.js";
import { CHROMIUM, DENO, NODE_CURRENT, ROOT } from "../tests/runtimes/paths.js";
import { median } from "./measure.mjs";
const SAMPLES = 5;

const ms = (x) => `${x.toFixed(1)} ms`;

// Runs in each runtime: import → first result (worker or inline), then, in Worker mode, how long
// the run after a hard kill takes (its worker comes from the warm pool). Prints JSON.
const probe = (spec, worker) => `
const t0 = performance.now();
const { Sandbox, runPython } = await import(${JSON.stringify(spec)});
const first = await runPython("print(1)", { worker: ${worker} });
if (first.stdout !== "1\\n") throw new Error("bad result: " + JSON.stringify(first));
const out = { cold: performance.now() - t0 };
if (${worker}) {
  const sb = await Sandbox.create({ timeoutMs: 100, memoryBytes: 400 << 20 });
  await sb.run("pass");
  await new Promise((r) => setTimeout(r, 300)); // let the pool's spare start
  const killed = await sb.run("import hashlib\\nhashlib.sha256(bytes(150_000_000))"); // stuck in C
  if (!killed.sessionLost) throw new Error("expected a hard kill: " + JSON.stringify(killed));
  const t1 = performance.now();
  await sb.run("pass");
  out.respawn = performance.now() - t1;
  sb.close();
}
globalThis.report = out;
if (typeof document === "undefined") console.log(JSON.stringify(out));
`;

function sample(run) {
  const xs = [];
  for (let i = 0; i < SAMPLES; i++) xs.push(run());
  return xs;
}

function cli(cmd, args, input) {
  const r = spawnSync(cmd, args, { cwd: ROOT, input, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

async function inChromium(rows) {
  const site = mkdtempSync(join(tmpdir(), "mpsb-bench-"));
  for (const worker of [true, false]) {
    writeFileSync(join(site, `${worker}.html`), `<script type="module">${probe("/node_modules/micropython-sandbox/browser.js", worker)}</script>`);
  }
  const server = await serveStatic({ "/": ROOT, "/bench/": site });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run", "--disable-quic"], // playwright gives it a fresh profile dir
  });
  try {
    const results = {};
    for (const worker of [true, false]) {
      results[worker] = [];
      for (let i = 0; i < SAMPLES; i++) {
        const context = await browser.newContext(); // a fresh page: no module map or workers shared
        const page = await context.newPage();
        await page.goto(`${server.url}/bench/${worker}.html`);
        results[worker].push(await (await page.waitForFunction(() => globalThis.report)).jsonValue());
        await context.close();
      }
    }
    pushRuntime(rows, "Chromium", results[true], results[false], "HTTP cache warm after the first sample");
  } finally {
    await browser.close();
    server.close();
  }
}

async function inWorkerd(rows) {
  // workerd's clock only moves on I/O, so time from outside: a fresh `wrangler dev`, first request.
  const xs = [];
  for (let i = 0; i < 3; i++) {
    const example = await startWrangler(join(ROOT, "examples/cloudflare-worker/wrangler.toml"));
    try {
      const t = performance.now();
      const r = await (await fetch(example.url, { method: "POST", body: "print(1)" })).json();
      if (r.stdout !== "1\n") throw new Error(`bad result ${JSON.stringify(r)}`);
      xs.push(performance.now() - t);
    } finally {
      example.stop();
    }
  }
  rows.push(["cold start, workerd (first request to a fresh worker)", ms(median(xs)), "inline only; wasm compiled at startup, not in the request"]);
}

function pushRuntime(rows, name, worker, inline, note = "") {
  rows.push([`cold start, ${name} (import → first result)`, ms(median(worker.map((r) => r.cold))),
    `in a Worker; inline: ${ms(median(inline.map((r) => r.cold)))}${note ? `; ${note}` : ""}`]);
  rows.push([`worker respawn after a hard timeout, ${name}`, ms(median(worker.map((r) => r.respawn))), "next run on a pooled worker"]);
}

export async function runtimeRows() {
  const rows = [];
  const [pack] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", join(ROOT, "pkg")], { cwd: tmpdir(), encoding: "utf8" }));
  rows.push(["npm pack tarball", `${(pack.size / 1024).toFixed(1)} KiB`, `${(pack.unpackedSize / 1024).toFixed(1)} KiB unpacked, ${pack.entryCount} files`]);

  for (const [name, node] of [[`Node ${process.version}`, process.execPath], ["Node 26", NODE_CURRENT]]) {
    const run = (worker) => () => cli(node, ["--input-type=module", "-e", probe("micropython-sandbox", worker)]);
    pushRuntime(rows, name, sample(run(true)), sample(run(false)));
  }
  const deno = (worker) => () => cli(DENO, ["run", "--allow-read", "--no-lock", "-"], probe("micropython-sandbox", worker));
  pushRuntime(rows, "Deno", sample(deno(true)), sample(deno(false)));
  await inWorkerd(rows);
  await inChromium(rows);
  return rows;
}
