// Measures the playground in headless Chromium on 127.0.0.1 and prints a table (no assertions):
// time to interactive (editor usable; sandbox ready), time to first result, and page weight.
// Each sample is a fresh browser context (empty cache, no service worker) unless marked "warm".
//   node scripts/playground-bench.mjs [samples]        (needs pkg/: bash scripts/build.sh)
// PG_ISOLATE=0 serves without the cross-origin isolation headers (a plain static host).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { buildPlayground, serve } from "./playground.mjs";

const CHROMIUM = "/usr/bin/chromium";
const SAMPLES = Number(process.argv[2] ?? 7);
const site = mkdtempSync(join(tmpdir(), "mpsb-playground-bench-"));
await buildPlayground(site);
const server = await serve(site, { port: 0, isolate: process.env.PG_ISOLATE !== "0" });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic"],
});

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mark = (page, name) => page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: 30_000 })
  .then(() => page.evaluate((n) => performance.getEntriesByName(n)[0].startTime, name));

/** Clicks Run and returns ms from the click event to the result on screen (next frame after it). */
const clickToResult = (page) => page.evaluate(() => new Promise((resolve) => {
  const stats = document.querySelector('[data-testid="stats"]');
  const before = Number(stats.dataset.runs ?? 0);
  const start = performance.now();
  new MutationObserver((_, observer) => {
    if (Number(stats.dataset.runs ?? 0) > before) {
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - start));
    }
  }).observe(stats, { attributes: true });
  document.querySelector('[data-testid="run"]').click();
}));

const rows = { editor: [], editorFromResponse: [], sandbox: [], loadToResult: [], clickToResult: [], warmEditor: [], warmSandbox: [] };
let weight;
try {
  for (let i = 0; i < SAMPLES; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const responses = [];
    context.on("response", (r) => responses.push(r)); // the page, its Workers and the service worker
    await page.goto(server.url, { waitUntil: "commit" });
    // Run as soon as the editor is usable: includes starting the sandbox.
    rows.editor.push(await mark(page, "editor-ready"));
    rows.editorFromResponse.push(rows.editor.at(-1) - await page.evaluate(() => performance.getEntriesByType("navigation")[0].responseStart));
    await page.click('[data-testid="run"]');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="stats"]').dataset.runs) >= 1);
    rows.loadToResult.push(await mark(page, "run-end"));
    rows.sandbox.push(await mark(page, "sandbox-ready"));
    // Once ready: Run → result on screen.
    await page.waitForTimeout(300);
    rows.clickToResult.push(await clickToResult(page));
    if (i === 0) {
      await page.waitForTimeout(500); // let the spare worker finish loading
      const seen = new Map();
      for (const r of responses) {
        if (!r.url().startsWith(server.url) || r.status() !== 200 || r.fromServiceWorker()) continue;
        const body = await r.body().catch(() => undefined);
        if (!body) continue;
        const name = r.url().slice(server.url.length) || "index.html";
        const entry = seen.get(name) ?? { name, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length, times: 0 };
        entry.times++;
        seen.set(name, entry);
      }
      weight = [...seen.values()];
    }
    // Warm: the same context again (HTTP cache and the service worker).
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    await page.goto(server.url, { waitUntil: "commit" });
    rows.warmEditor.push(await mark(page, "editor-ready"));
    rows.warmSandbox.push(await mark(page, "sandbox-ready"));
    await context.close();
  }
} finally {
  var version = browser.version();
  await browser.close();
  server.close();
  rmSync(site, { recursive: true, force: true });
}

const ms = (x) => `${x.toFixed(0)} ms`;
const kb = (x) => `${(x / 1024).toFixed(1)} KiB`;
console.log(`\nPlayground on 127.0.0.1, headless Chromium ${version}, median of ${SAMPLES} fresh contexts\n`);
console.log("| measure | median | min | max | goal |");
console.log("|---|---|---|---|---|");
const line = (name, xs, goal = "") => console.log(`| ${name} | ${ms(median(xs))} | ${ms(Math.min(...xs))} | ${ms(Math.max(...xs))} | ${goal} |`);
line("time to interactive: editor usable (from navigation)", rows.editor, "≤ 300 ms");
line("time to interactive: editor usable (from the page's first byte)", rows.editorFromResponse);
line("time to interactive: sandbox ready (from navigation)", rows.sandbox);
line("first result: Run → result on screen, sandbox ready", rows.clickToResult, "≤ 100 ms");
line("first result: Run pressed at editor-ready → result (from navigation)", rows.loadToResult);
line("warm reload (service worker): editor usable", rows.warmEditor);
line("warm reload (service worker): sandbox ready", rows.warmSandbox);

console.log("\nPage weight (cold load, first run, spare worker ready):\n");
console.log("| file | times loaded | bytes | gzip -9 |");
console.log("|---|---|---|---|");
for (const w of weight.sort((a, b) => b.gzip - a.gzip)) console.log(`| ${w.name} | ${w.times} | ${kb(w.bytes)} | ${kb(w.gzip)} |`);
const sum = (f) => weight.reduce((n, w) => n + f(w), 0);
console.log(`| **total (each file once)** | | ${kb(sum((w) => w.bytes))} | ${kb(sum((w) => w.gzip))} |`);
console.log(`| total (as requested) | ${sum((w) => w.times)} | ${kb(sum((w) => w.bytes * w.times))} | ${kb(sum((w) => w.gzip * w.times))} |`);
