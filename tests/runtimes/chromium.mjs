// Runs in headless Chromium (Debian `chromium`, driven by playwright-core), pages served on
// 127.0.0.1: the shared behaviour list as a plain <script type="module"> and as an esbuild
// bundle, and the README's browser example. Exit 1 on failure.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serveSites } from "./browser/sites.js";
import { CHROMIUM, ROOT, need } from "./paths.js";

need(CHROMIUM, "scripts/setup.sh (Debian package chromium, as root)");

// The bundle: app.js plus the files a bundler that leaves `new URL(…, import.meta.url)` alone
// needs beside it.
const bundle = mkdtempSync(join(tmpdir(), "mpsb-bundle-"));
execFileSync(join(ROOT, "node_modules/.bin/esbuild"), ["--bundle", "--format=esm", "--platform=browser",
  "--log-level=warning", `--outfile=${join(bundle, "app.js")}`, join(ROOT, "tests/runtimes/browser/bundle-entry.js")]);
for (const f of ["host_bg.wasm", "micropython.wasm", "browser-worker.js"]) copyFileSync(join(ROOT, "pkg", f), join(bundle, f));
copyFileSync(join(ROOT, "tests/runtimes/browser/bundle.html"), join(bundle, "index.html"));

const { server, isolated } = await serveSites({ "/bundle/": bundle });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic"], // playwright gives it a fresh profile dir
});
let failed = 0;
try {
  const pages = [
    server.url + "/tests/runtimes/browser/cases.html",
    server.url + "/bundle/index.html",
    isolated.url + "/tests/runtimes/browser/cases.html?only=" + encodeURIComponent("^host functions|^run options"),
  ];
  for (const page of pages) {
    const tab = await browser.newPage();
    const errors = [];
    tab.on("pageerror", (e) => errors.push(e.message));
    await tab.goto(page);
    await tab.waitForFunction(() => window.report !== undefined);
    const report = await tab.evaluate(() => window.report);
    console.log(report.lines.join("\n"));
    failed += report.failed + errors.length;
    if (page.includes("cases.html")) {
      // Where SharedArrayBuffer exists, a sandbox with host functions runs in a Worker.
      const inWorker = await tab.evaluate(async () => {
        const sb = await window.api.Sandbox.create({ functions: { f: () => 1 } });
        const r = await sb.run("print(f())");
        sb.close();
        return [sb.worker, r.stdout, crossOriginIsolated];
      });
      const ok = inWorker[0] === inWorker[2] && inWorker[1] === "1\n";
      console.log(`${ok ? "ok" : "not ok"} - host functions run ${inWorker[0] ? "in a Worker" : "inline"} (crossOriginIsolated: ${inWorker[2]})`);
      if (!ok) failed++;
    }
    for (const e of errors) console.log(`not ok - page error: ${e}`);
    await tab.close();
  }
  const tab = await browser.newPage();
  await tab.goto(`${server.url}/site/index.html`);
  await tab.waitForFunction(() => document.querySelector("#out")?.textContent.trim(), null, { timeout: 30_000 });
  const shown = (await tab.locator("#out").textContent()).trim();
  const ok = shown === "285";
  console.log(`${ok ? "ok" : "not ok"} - README browser example shows 285${ok ? "" : `; got ${JSON.stringify(shown)}`}`);
  if (!ok) failed++;
} finally {
  await browser.close();
  server.close();
  isolated.close();
}
process.exit(failed ? 1 : 0);
