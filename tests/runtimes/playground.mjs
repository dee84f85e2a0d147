// The playground (www/) in headless Chromium (Debian `chromium`, driven by playwright-core): built
// into a temporary folder, served on 127.0.0.1 under a sub-path, then used as a person would — type,
// run, stop, limits, session mode, examples, share links, traceback links, keyboard, offline, dark
// mode. Screenshots of the main states go to build/playground-screenshots/. Exit 1 on failure.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { buildPlayground, serve } from "../../scripts/playground.mjs";
import { EXAMPLES } from "../../www/examples.js";
import { CHROMIUM, ROOT, need } from "./paths.js";

need(CHROMIUM, "scripts/setup.sh (Debian package chromium, as root)");

const SHOTS = join(ROOT, "build/playground-screenshots");
rmSync(SHOTS, { recursive: true, force: true });
mkdirSync(SHOTS, { recursive: true });
const site = mkdtempSync(join(tmpdir(), "mpsb-playground-"));
await buildPlayground(site);
// A sub-path, as on a static host: every URL the page uses must be relative.
const server = await serve(site, { port: 0, base: "/some/sub/path/" });

const T = (id) => `[data-testid="${id}"]`;
const WAIT = { timeout: 30_000 };
let failed = 0;
let count = 0;

async function check(name, fn) {
  count++;
  try {
    await fn();
    console.log(`ok ${count} - ${name}`);
  } catch (e) {
    failed++;
    console.log(`not ok ${count} - ${name}\n  ${String(e.stack ?? e).split("\n").slice(0, 6).join("\n  ")}`);
  }
}

const shot = (page, name) => page.screenshot({ path: join(SHOTS, `${name}.png`) });

/** The result bar's state, the output and the bar's text. */
const read = (page) => page.evaluate(() => {
  const stats = document.querySelector('[data-testid="stats"]');
  const output = document.querySelector('[data-testid="output"]');
  const text = (sel) => [...output.querySelectorAll(sel)].map((e) => e.textContent).join("");
  return { state: stats.dataset.state, stats: stats.textContent.replace(/\s+/g, " ").trim(), output: output.textContent, stdout: text(".stdout"), stderr: text(".stderr") };
});

const runs = (page) => page.$eval(T("stats"), (e) => Number(e.dataset.runs ?? 0));

/** Starts a run (Run button, or a key) and waits for its result. */
async function run(page, { key } = {}) {
  const before = await runs(page);
  if (key) await page.keyboard.press(key);
  else await page.click(T("run"));
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid="stats"]').dataset.runs ?? 0) > n, before, WAIT);
  return read(page);
}

async function runCode(page, code) {
  await page.evaluate((c) => window.playground.setCode(c), code);
  return run(page);
}

async function open(page, url = server.url) {
  await page.goto(url);
  await page.waitForSelector(`${T("stats")}[data-state="ready"]`, WAIT);
}

const setLimits = async (page, limits) => {
  for (const [id, value] of Object.entries(limits)) await page.fill(`#${id}`, String(value));
};
const DEFAULT_LIMITS = { timeout: 3000, fuel: "", memory: 32, "max-output": 64 };

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic"], // playwright gives it a fresh profile dir
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: "light" });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && problems.push(`console error: ${m.text()}`));
  page.on("response", (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()} ${r.url()}`));
  const requested = [];
  page.on("request", (r) => requested.push(r.url()));
  await page.addInitScript(() => {
    window.layoutShifts = [];
    new PerformanceObserver((list) => window.layoutShifts.push(...list.getEntries().map((e) => e.value)))
      .observe({ type: "layout-shift", buffered: true });
  });

  await check("loads from a sub-path; every request stays under it", async () => {
    await open(page);
    await shot(page, "loaded");
    assert.deepEqual(requested.filter((u) => !u.startsWith(server.url) && !u.startsWith("data:")), []);
    // Isolated (the server's COOP/COEP headers), so the Worker can call the page's host functions.
    assert.equal(await page.evaluate(() => crossOriginIsolated), true);
    for (const id of ["editor", "run", "stop", "output", "stats", "reset", "examples", "share"]) {
      assert.equal(await page.locator(T(id)).count(), 1, `data-testid=${id}`);
    }
  });

  await check("type a program, Run: the output shows it", async () => {
    await page.click(`${T("editor")} .cm-content`);
    await page.keyboard.press("Control+A");
    await page.keyboard.type("print(6 * 7)\nprint('done')");
    const r = await run(page);
    assert.equal(r.state, "ok");
    assert.equal(r.output, "42\ndone\n");
    assert.match(r.stats, /ok · [\d.]+ m?s · fuel [\d.]+K? · peak memory [\d.]+ [KM]iB/);
    assert.match(r.stats, /limits: timeout 3000 ms · fuel ∞ · memory 32 MiB · output 64 KiB, then stop/);
    await shot(page, "run-ok");
  });

  await check("Ctrl+Enter in the editor runs", async () => {
    await page.click(`${T("editor")} .cm-content`);
    const r = await run(page, { key: "Control+Enter" });
    assert.equal(r.output, "42\ndone\n");
  });

  await check("stdout and stderr are told apart", async () => {
    const r = await runCode(page, "import sys\nprint('to stdout')\nprint('to stderr', file=sys.stderr)");
    assert.equal(r.stdout, "to stdout\n");
    assert.equal(r.stderr, "to stderr\n");
  });

  await check("a traceback's File \"<stdin>\", line N jumps to line N", async () => {
    await page.selectOption(T("examples"), "traceback");
    const r = await run(page);
    assert.equal(r.state, "python");
    assert.match(r.stderr, /ZeroDivisionError/);
    await shot(page, "traceback");
    const code = EXAMPLES.find((e) => e.id === "traceback").code.split("\n");
    const n = code.findIndex((l) => l.includes("return sum")) + 1; // where the exception is raised
    const link = page.locator(`${T("output")} button.loc[data-line="${n}"]`);
    assert.equal(await link.textContent(), `File "<stdin>", line ${n}`);
    await link.click();
    const at = await page.evaluate(() => {
      const { state, hasFocus } = window.playground.editor;
      const line = state.doc.lineAt(state.selection.main.head);
      return { number: line.number, text: line.text, hasFocus };
    });
    assert.deepEqual(at, { number: n, text: code[n - 1], hasFocus: true });
  });

  await check("while True: pass — the page stays responsive and the run stops at the timeout", async () => {
    await setLimits(page, { timeout: 1500 });
    await page.evaluate(() => window.playground.setCode("while True:\n    pass"));
    const before = await runs(page);
    await page.click(T("run"));
    await page.waitForSelector(`${T("stats")}[data-state="running"]`);
    // The main thread answers, clicks and typing work, the result bar keeps ticking.
    assert.equal(await page.evaluate(() => [1, 2, 3].map((x) => x * 2).join()), "2,4,6");
    await page.click("#keep", { trial: true });
    await page.fill("#fuel", "123");
    await page.fill("#fuel", "");
    const ticking = await page.$eval(T("stats"), (e) => e.textContent);
    await page.waitForFunction((t) => document.querySelector('[data-testid="stats"]').textContent !== t, ticking);
    assert.equal(await page.$eval(T("stats"), (e) => e.dataset.state), "running");
    await shot(page, "running");
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid="stats"]').dataset.runs) > n, before, WAIT);
    const r = await read(page);
    assert.equal(r.state, "timeout");
    assert.match(r.stats, /timeout \(1500 ms\)/);
    await shot(page, "timeout");
  });

  await check("Stop ends a run at once (no timeout), and the next run works", async () => {
    await setLimits(page, { timeout: 600000 });
    await page.evaluate(() => window.playground.setCode("n = 0\nwhile True:\n    n += 1"));
    const before = await runs(page);
    await page.click(T("run"));
    await page.waitForSelector(`${T("stats")}[data-state="running"]`);
    await page.click(T("stop"));
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid="stats"]').dataset.runs) > n, before, WAIT);
    const r = await read(page);
    assert.equal(r.state, "aborted");
    assert.match(r.stats, /^stopped/);
    await shot(page, "stopped");
    assert.equal((await runCode(page, "print('after stop')")).output, "after stop\n");
    await setLimits(page, DEFAULT_LIMITS);
  });

  await check("a fuel budget stops a loop deterministically", async () => {
    await setLimits(page, { fuel: 1000000 });
    const r = await runCode(page, "while True:\n    pass");
    assert.equal(r.state, "fuel");
    assert.match(r.stats, /fuel 1M · memory/);
    await setLimits(page, DEFAULT_LIMITS);
  });

  await check("a memory bomb ends in MemoryError; the next run works", async () => {
    await setLimits(page, { memory: 8 });
    await page.selectOption(T("examples"), "memory");
    const r = await run(page);
    assert.equal(r.state, "memory");
    assert.match(r.stderr, /MemoryError/);
    assert.match(r.stats, /memory: MemoryError/);
    await shot(page, "memory");
    assert.equal((await runCode(page, "print(sum(range(100)))")).output, "4950\n");
    await setLimits(page, DEFAULT_LIMITS);
  });

  /** Runs `code` (which must end at the timeout) and checks `text` is shown while it still runs. */
  async function shownWhileRunning(code, text) {
    await page.evaluate((c) => window.playground.setCode(c), code);
    const before = await runs(page);
    await page.click(T("run"));
    await page.waitForFunction((t) => document.querySelector('[data-testid="output"]').textContent.includes(t), text, WAIT);
    assert.equal(await page.$eval(T("stats"), (e) => e.dataset.state), "running", `${JSON.stringify(text)} came only with the result`);
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid="stats"]').dataset.runs) > n, before, WAIT);
    assert.equal((await read(page)).state, "timeout");
  }

  await check("output is shown as it arrives: a lot of it", async () => {
    await setLimits(page, { timeout: 2000 });
    await shownWhileRunning("for i in range(2000):\n    print('line', i)\nwhile True:\n    pass", "line 0\n");
    await setLimits(page, DEFAULT_LIMITS);
  });

  await check("output is shown as it arrives: one short line, then a long computation", async () => {
    await setLimits(page, { timeout: 2000 });
    await shownWhileRunning("print('working...')\nwhile True:\n    pass", "working...");
    await setLimits(page, DEFAULT_LIMITS);
  });

  await check("no layout shift while output streams in (fixed-height output that scrolls)", async () => {
    const box = await page.locator(T("output")).boundingBox();
    await page.evaluate(() => (window.layoutShifts.length = 0));
    await page.selectOption(T("examples"), "flood");
    const flood = await run(page);
    assert.equal(flood.state, "output");
    await shot(page, "flood");
    assert.deepEqual(await page.locator(T("output")).boundingBox(), box);
    assert.ok(await page.$eval(T("output"), (e) => e.scrollHeight > e.clientHeight && e.scrollTop > 0), "scrolled to the end");
    assert.deepEqual(await page.evaluate(() => window.layoutShifts), []);
  });

  await check("session mode keeps state; Reset clears it; fresh mode does not keep it", async () => {
    await runCode(page, "x = 41");
    assert.match((await runCode(page, "print(x + 1)")).stderr, /NameError/);
    await page.check("#keep");
    await page.waitForSelector(`${T("stats")}[data-state="ready"]`);
    await runCode(page, "x = 41");
    assert.equal((await runCode(page, "print(x + 1)")).output, "42\n");
    await page.click(T("reset"));
    await page.waitForSelector(`${T("stats")}[data-state="ready"]`);
    assert.match((await runCode(page, "print(x + 1)")).stderr, /NameError/);
    await page.uncheck("#keep");
  });

  await check("a share link round-trips the code and options", async () => {
    const code = "# shared ✓\nfor i in range(3):\n    print('row', i)\n";
    await page.evaluate((c) => window.playground.setCode(c), code);
    await setLimits(page, { timeout: 1234, fuel: 5000000, memory: 16, "max-output": 8 });
    await page.selectOption("#overflow", "truncate");
    await page.check("#keep");
    await page.click(T("share"));
    await page.waitForFunction(() => location.hash.startsWith("#s="));
    const url = page.url();
    const other = await context.newPage();
    await open(other, url);
    const got = await other.evaluate(() => ({
      code: window.playground.editor.state.doc.toString(),
      limits: ["timeout", "fuel", "memory", "max-output", "overflow"].map((id) => document.getElementById(id).value),
      keep: document.getElementById("keep").checked,
    }));
    assert.deepEqual(got, { code, limits: ["1234", "5000000", "16", "8", "truncate"], keep: true });
    const r = await run(other);
    assert.equal(r.output, "row 0\nrow 1\nrow 2\n");
    assert.match(r.stats, /limits: timeout 1234 ms · fuel 5M · memory 16 MiB · output 8 KiB, then truncate/);
    await other.close();
    await page.uncheck("#keep");
    await setLimits(page, DEFAULT_LIMITS);
    await page.selectOption("#overflow", "error");
  });

  await setLimits(page, { timeout: 1500 });
  for (const ex of EXAMPLES) {
    await check(`example "${ex.title}" runs and ends ${ex.ends}`, async () => {
      await page.selectOption(T("examples"), ex.id);
      const r = await run(page);
      assert.equal(r.state, ex.ends, r.output.slice(0, 500));
      assert.ok((r.output + r.stats).includes(ex.shows), `expected ${JSON.stringify(ex.shows)} in:\n${r.output.slice(0, 500)}`);
      await shot(page, `example-${ex.id}`);
    });
  }
  await setLimits(page, DEFAULT_LIMITS);

  await check("usable by keyboard: Tab reaches every control; Escape then Tab leaves the editor", async () => {
    await open(page);
    await page.focus(`${T("editor")} .cm-content`);
    await page.keyboard.press("Tab"); // indents
    assert.match(await page.evaluate(() => window.playground.editor.state.doc.toString()), /^ {4}# Press Run/);
    await page.keyboard.press("Escape");
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement.classList.contains("cm-content")), false);
    await open(page);
    const seen = [];
    for (let i = 0; i < 20; i++) {
      if (seen.at(-1)?.includes("cm-content")) await page.keyboard.press("Escape"); // Tab indents there
      await page.keyboard.press("Tab");
      seen.push(await page.evaluate(() => {
        const e = document.activeElement;
        return e.dataset.testid ?? (e.id || e.className);
      }));
    }
    for (const id of ["examples", "share", "run", "stop", "keep", "reset", "timeout", "fuel", "memory", "max-output", "overflow", "output"]) {
      assert.ok(seen.includes(id), `${id} not reached: ${seen.join(", ")}`);
    }
    assert.ok(seen.some((s) => s.includes("cm-content")), `editor not reached: ${seen.join(", ")}`);
  });

  await check("works offline after the first visit (service worker): reload, run, stop, run", async () => {
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, WAIT);
    await context.setOffline(true);
    try {
      await open(page);
      assert.equal((await runCode(page, "print('offline')")).output, "offline\n");
      await setLimits(page, { timeout: 600000 });
      await page.evaluate(() => window.playground.setCode("while True:\n    pass"));
      const before = await runs(page);
      await page.click(T("run"));
      await page.waitForSelector(`${T("stats")}[data-state="running"]`);
      await page.click(T("stop"));
      await page.waitForFunction((n) => Number(document.querySelector('[data-testid="stats"]').dataset.runs) > n, before, WAIT);
      assert.equal((await runCode(page, "print('still offline')")).output, "still offline\n");
      await page.selectOption(T("examples"), "fetch");
      const fetched = await run(page);
      assert.match(fetched.output, /Oslo forecast/);
    } finally {
      await context.setOffline(false);
    }
  });

  await check("follows the system's dark preference", async () => {
    await page.emulateMedia({ colorScheme: "dark" });
    await open(page);
    await page.selectOption(T("examples"), "traceback");
    await run(page);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = bg.match(/\d+/g).map(Number);
    assert.ok(r + g + b < 150, `dark background expected, got ${bg}`);
    await shot(page, "dark");
    await page.setViewportSize({ width: 420, height: 860 });
    await shot(page, "narrow-dark");
    await page.emulateMedia({ colorScheme: "light" });
  });

  await check("a static host without headers (no SharedArrayBuffer): everything works, host functions by message", async () => {
    const plain = await serve(site, { port: 0, base: "/pages/", isolate: false });
    const tab = await context.newPage();
    try {
      await open(tab, plain.url);
      assert.equal(await tab.evaluate(() => crossOriginIsolated), false);
      await tab.selectOption(T("examples"), "fetch");
      assert.match((await run(tab)).output, /Oslo forecast/);
      assert.equal((await runCode(tab, "print('fine')")).output, "fine\n");
    } finally {
      await tab.close();
      plain.close();
    }
  });

  await check("no page errors, console errors or failed requests", async () => {
    assert.deepEqual(problems, []);
  });
} finally {
  await browser.close();
  server.close();
  rmSync(site, { recursive: true, force: true });
}
console.log(`# playground: ${count - failed}/${count} passed; screenshots in ${SHOTS}`);
process.exit(failed ? 1 : 0);
