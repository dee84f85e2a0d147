// The playground page: editor, Run/Stop, limits, session mode, examples, share links. Python runs in
// Workers from the published package (sandboxes.js), so nothing it does can block the page.
import { MiB, discardSandbox, runIn, sandboxFor, sandboxMemory } from "./sandboxes.js";
import pkg from "micropython-sandbox/package.json";
import { createEditor, goToLine, setCode } from "./editor.js";
import { EXAMPLES } from "./examples.js";
import { decodeShare, encodeShare } from "./share.js";

const $ = (id) => document.getElementById(id);
const ui = {
  run: $("run"), stop: $("stop"), keep: $("keep"), reset: $("reset"), examples: $("examples"), share: $("share"),
  shareStatus: $("share-status"), stats: $("stats"), output: $("output"),
  timeout: $("timeout"), fuel: $("fuel"), memory: $("memory"), maxOutput: $("max-output"), overflow: $("overflow"),
};
const LIMIT_INPUTS = ["timeout", "fuel", "memory", "maxOutput", "overflow"];

let current; // the run in progress: { code, controller, stopped, streamed, started, sandbox }

// ---- running ----

function readLimits() {
  const number = (input, scale = 1) => (input.value.trim() === "" ? Infinity : input.valueAsNumber * scale);
  return {
    timeoutMs: number(ui.timeout),
    fuel: number(ui.fuel),
    memoryBytes: Math.round(number(ui.memory, MiB)),
    maxOutputBytes: Math.round(number(ui.maxOutput, 1024)),
    outputLimit: ui.overflow.value,
  };
}

async function run() {
  if (current) return;
  const code = editor.state.doc.toString();
  const limits = readLimits();
  const { memoryBytes, ...runOptions } = limits;
  const run = (current = { code, controller: new AbortController(), stopped: false, streamed: false, started: performance.now() });
  performance.mark("run-start");
  clearOutput();
  showRunning(limits);
  let result;
  try {
    if (ui.keep.checked && sandboxMemory() !== undefined && sandboxMemory() !== memoryBytes) {
      note("the memory limit changed: new session");
    }
    run.sandbox = await sandboxFor(memoryBytes);
    if (run.stopped) throw new Error("stopped");
    result = await runIn(run.sandbox, code, runOptions, {
      signal: run.controller.signal,
      onOutput: (text, stream) => {
        run.streamed = true;
        write(text, stream);
      },
    });
  } catch (e) {
    result = run.stopped
      ? failed(run, "aborted", "stopped")
      : failed(run, e instanceof RangeError ? "options" : "crash", e.message);
    if (!run.stopped) discardSandbox();
  }
  current = undefined;
  if (!ui.keep.checked) {
    discardSandbox(); // fresh mode: the next run gets a new interpreter, started now so it is warm
    sandboxFor(memoryBytes);
  } else if (result.sessionLost) {
    note("the interpreter was lost: the next run starts a fresh session");
  }
  showResult(result, limits, run);
  performance.mark("run-end");
}

function stop() {
  if (!current || current.stopped) return;
  current.stopped = true;
  current.controller.abort();
  if (current.sandbox === undefined) discardSandbox(); // still starting: the run never begins
}

function failed(run, kind, message) {
  return {
    ok: false, stdout: "", stderr: "", error: { kind, message }, sessionLost: true,
    stats: { durationMs: performance.now() - run.started, fuelUsed: 0, memoryBytes: 0 },
  };
}

function reset() {
  stop();
  discardSandbox();
  clearOutput();
  sandboxFor(readLimits().memoryBytes).then(() => showReady("fresh session"), () => {});
}

// ---- output ----

let pending = [];
let frame = 0;

/** Appends output; batched to one DOM update per frame so a flood cannot stall the page. */
function write(text, stream) {
  pending.push([text, stream]);
  frame ||= requestAnimationFrame(flush);
}

function flush() {
  cancelAnimationFrame(frame);
  frame = 0;
  const out = ui.output;
  const atBottom = out.scrollTop + out.clientHeight >= out.scrollHeight - 8;
  for (const [text, stream] of pending) {
    let span = out.lastElementChild;
    if (span?.className !== stream || stream === "sys") {
      span = document.createElement("span");
      span.className = stream;
      out.append(span);
    }
    span.append(text);
  }
  pending = [];
  if (atBottom) out.scrollTop = out.scrollHeight;
}

function clearOutput() {
  pending = [];
  ui.output.textContent = "";
}

/** A line from the playground itself (not the program), on a line of its own. */
function note(text) {
  const last = pending.at(-1)?.[0] ?? ui.output.textContent;
  write(`${last === "" || last.endsWith("\n") ? "" : "\n"}— ${text}\n`, "sys");
}

/** Turns `File "<stdin>", line N` in stderr into buttons that put the cursor on line N. */
function linkTracebacks() {
  for (const span of ui.output.querySelectorAll(".stderr")) {
    const text = span.textContent;
    const parts = text.split(/(File "<stdin>", line \d+)/);
    if (parts.length === 1) continue;
    span.replaceChildren(...parts.map((part, i) => {
      if (i % 2 === 0) return part;
      const button = document.createElement("button");
      button.type = "button";
      button.className = "loc";
      button.dataset.line = /\d+$/.exec(part)[0];
      button.title = `Go to line ${button.dataset.line}`;
      button.textContent = part;
      return button;
    }));
  }
}

// ---- the result bar ----

const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`);
const fmtBytes = (n) => (n >= MiB ? `${+(n / MiB).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`);
const fmtCount = (n) => new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 2 }).format(n);
const fmtLimit = (n, fmt) => (n === Infinity ? "∞" : fmt(n));

function span(text, title) {
  const s = document.createElement("span");
  s.textContent = text;
  if (title) s.title = title;
  return s;
}

function setStats(state, parts, used) {
  ui.stats.dataset.state = state;
  const [result, usedLine] = ui.stats.children;
  result.replaceChildren(...parts.flatMap((part, i) => (i ? [" · ", part] : [part])));
  usedLine.textContent = used ?? "";
}

function limitsText(l) {
  return `limits: timeout ${fmtLimit(l.timeoutMs, (n) => `${n} ms`)} · fuel ${fmtLimit(l.fuel, fmtCount)} · memory ${fmtBytes(l.memoryBytes)} · output ${fmtBytes(l.maxOutputBytes)}, then ${l.outputLimit === "error" ? "stop" : "truncate"}`;
}

let ticker = 0;
let runs = 0;

function showRunning(limits) {
  setRunning(true);
  const elapsed = span("0 ms");
  setStats("running", [span("running…", undefined), elapsed], limitsText(limits));
  ui.stats.firstElementChild.firstElementChild.className = "badge";
  const tick = () => {
    if (!current) return;
    elapsed.textContent = fmtMs(performance.now() - current.started);
    ticker = requestAnimationFrame(tick);
  };
  ticker = requestAnimationFrame(tick);
}

function showResult(result, limits, run) {
  cancelAnimationFrame(ticker);
  setRunning(false);
  if (!run.streamed) {
    if (result.stdout) write(result.stdout, "stdout");
    if (result.stderr) write(result.stderr, "stderr");
  }
  const { error, stats } = result;
  if ((result.stdoutTruncated || result.stderrTruncated) && error?.kind !== "output") {
    note(`output truncated at ${fmtBytes(limits.maxOutputBytes)}`);
  }
  if (error && !result.stderr) note(error.kind === "aborted" ? "stopped" : error.message);
  flush();
  linkTracebacks();

  let state = "ok";
  let label = "ok";
  if (error) {
    state = error.kind;
    label = error.kind === "aborted" ? "stopped" : error.type ? `${error.kind}: ${error.type}` : error.kind;
    if (error.kind === "timeout") label = `timeout (${fmtLimit(limits.timeoutMs, (n) => `${n} ms`)})`;
    if (error.kind === "fuel") label = `fuel spent (${fmtCount(limits.fuel)})`;
    if (error.kind === "output") label = `output limit (${fmtBytes(limits.maxOutputBytes)})`;
  } else if (result.exitCode !== undefined) {
    state = result.ok ? "ok" : "python";
    label = `exit ${result.exitCode}`;
  }
  // Both 0: unknown, the interpreter's Worker was terminated.
  const known = stats.fuelUsed > 0 || stats.memoryBytes > 0;
  setStats(state, [
    span(label, error?.message),
    span(fmtMs(stats.durationMs), "duration"),
    known ? span(`fuel ${fmtCount(stats.fuelUsed)}`, `${stats.fuelUsed.toLocaleString("en")} fuel units used`)
      : span("fuel –", "unknown: the interpreter was stopped"),
    known ? span(`peak memory ${fmtBytes(stats.memoryBytes)}`, `${stats.memoryBytes.toLocaleString("en")} bytes of linear memory`)
      : span("peak memory –", "unknown: the interpreter was stopped"),
  ], limitsText(limits));
  ui.stats.querySelector("span").className = "badge";
  ui.stats.dataset.runs = ++runs; // a hook for tests: one more finished run
}

function showReady(text = "ready") {
  if (current) return;
  setStats("ready", [span(text)], limitsText(readLimits()));
  ui.stats.querySelector("span").className = "badge";
}

function setRunning(running) {
  ui.run.setAttribute("aria-disabled", String(running));
  ui.stop.setAttribute("aria-disabled", String(!running));
}

// ---- share links ----

function snapshot() {
  const limits = Object.fromEntries(LIMIT_INPUTS.map((k) => [k, ui[k].value]));
  return { v: 1, code: editor.state.doc.toString(), limits, keep: ui.keep.checked };
}

function restore(state) {
  if (typeof state.code === "string") setCode(editor, state.code);
  for (const k of LIMIT_INPUTS) if (typeof state.limits?.[k] === "string") ui[k].value = state.limits[k];
  if (typeof state.keep === "boolean" && state.keep !== ui.keep.checked) {
    ui.keep.checked = state.keep;
    reset();
  }
}

async function share() {
  const url = new URL(location.href);
  url.hash = await encodeShare(snapshot());
  history.replaceState(null, "", url);
  let copied = false;
  try {
    await navigator.clipboard.writeText(url.href);
    copied = true;
  } catch {
    // no clipboard permission: the link is in the address bar
  }
  ui.shareStatus.textContent = copied ? "Link copied to the clipboard" : "Link is in the address bar";
  clearTimeout(share.timer);
  share.timer = setTimeout(() => (ui.shareStatus.textContent = ""), 4000);
}

// ---- start ----

const shared = location.hash ? await decodeShare(location.hash) : undefined;
let loading = false; // the editor's text is being replaced by an example
const editor = createEditor($("editor"), {
  doc: EXAMPLES[0].code,
  onRun: run,
  onChange: () => loading || (ui.examples.value = ""), // the menu names the example only while it is unchanged
});
if (shared) restore(shared);
performance.mark("editor-ready");

for (const ex of EXAMPLES) ui.examples.add(new Option(ex.title, ex.id));
if (!shared) ui.examples.value = EXAMPLES[0].id;
// Arrow keys on the closed menu load each example in turn (undo in the editor brings code back).
ui.examples.addEventListener("change", () => {
  const ex = EXAMPLES.find((e) => e.id === ui.examples.value);
  if (!ex) return;
  loading = true;
  setCode(editor, ex.code);
  loading = false;
});
ui.run.addEventListener("click", run);
ui.stop.addEventListener("click", stop);
ui.reset.addEventListener("click", reset);
ui.keep.addEventListener("change", reset);
ui.share.addEventListener("click", share);
ui.output.addEventListener("click", (e) => {
  const loc = e.target.closest("button.loc");
  if (loc) goToLine(editor, Number(loc.dataset.line));
});
document.addEventListener("keydown", (e) => {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && !e.defaultPrevented) {
    e.preventDefault();
    run();
  }
});
// The limits line shows the values the shown result used; before any run, the current ones.
for (const k of LIMIT_INPUTS) ui[k].addEventListener("change", () => ui.stats.dataset.state === "ready" && showReady());
addEventListener("hashchange", async () => {
  const state = await decodeShare(location.hash);
  if (state) restore(state);
});
$("about").textContent = `micropython-sandbox ${pkg.version}`;

// A stable hook for tests and the bench script.
window.playground = { editor, setCode: (code) => setCode(editor, code) };

// The first sandbox starts once the editor is up (its package chunk loads then).
sandboxFor(readLimits().memoryBytes).then(() => {
  performance.mark("sandbox-ready");
  showReady();
  // Offline after the first visit: a service worker keeps the page, the wasm and the fixtures.
  // Registered once the sandbox is up, so its downloads find the files in the HTTP cache.
  const sw = navigator.serviceWorker;
  sw?.register("sw.js").catch(() => {});
  if (sw?.controller) sw.addEventListener("controllerchange", () => (ui.shareStatus.textContent = "Updated: reload for the new version"));
}, (e) => setStats("crash", [span("could not start the sandbox"), span(e.message)]));
