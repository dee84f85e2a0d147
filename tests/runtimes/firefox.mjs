// Runs in headless Firefox (Debian `firefox-esr`, SpiderMonkey), driven over WebDriver BiDi by
// puppeteer-core in a fresh profile, pages served on 127.0.0.1: the shared behaviour list as a
// plain <script type="module"> and on a cross-origin isolated page, and the README's browser
// example. Exit 1 on failure.
import puppeteer from "puppeteer-core";
import { serveSites } from "./browser/sites.js";
import { FIREFOX, need } from "./paths.js";

need(FIREFOX, "scripts/setup.sh (Debian package firefox-esr, as root)");

const { server, isolated } = await serveSites();
// protocolTimeout: a page's whole behaviour list is one evaluate (puppeteer's default allows 180 s).
const browser = await puppeteer.launch({ browser: "firefox", executablePath: FIREFOX, headless: true, protocolTimeout: 600_000 });
let failed = 0;
try {
  const pages = [
    server.url + "/tests/runtimes/browser/cases.html",
    // There only what SharedArrayBuffer changes: host calls from a Worker, and the Worker paths.
    isolated.url + "/tests/runtimes/browser/cases.html?only=" + encodeURIComponent("^host functions|^run options|^timeoutMs|Worker"),
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
    // Where a growable SharedArrayBuffer exists, a sandbox with host functions runs in a Worker.
    const inWorker = await tab.evaluate(async () => {
      const sb = await window.api.Sandbox.create({ functions: { f: () => 1 } });
      const r = await sb.run("print(f())");
      sb.close();
      return [sb.worker, r.stdout, crossOriginIsolated];
    });
    const ok = inWorker[0] === inWorker[2] && inWorker[1] === "1\n";
    console.log(`${ok ? "ok" : "not ok"} - host functions run ${inWorker[0] ? "in a Worker" : "inline"} (crossOriginIsolated: ${inWorker[2]})`);
    if (!ok) failed++;
    for (const e of errors) console.log(`not ok - page error: ${e}`);
    await tab.close();
  }
  const tab = await browser.newPage();
  await tab.goto(`${server.url}/site/index.html`);
  await tab.waitForFunction(() => document.querySelector("#out")?.textContent.trim(), { timeout: 30_000 });
  const shown = (await tab.$eval("#out", (e) => e.textContent)).trim();
  const ok = shown === "285";
  console.log(`${ok ? "ok" : "not ok"} - README browser example shows 285${ok ? "" : `; got ${JSON.stringify(shown)}`}`);
  if (!ok) failed++;
} finally {
  await browser.close();
  server.close();
  isolated.close();
}
process.exit(failed ? 1 : 0);
