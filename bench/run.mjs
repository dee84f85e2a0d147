// `npm run bench`: micropython-sandbox next to the native MicroPython unix build (same Debian source),
// the official MicroPython web build and Pyodide (both from npm, loaded from node_modules). Prints
// the table and writes docs/benchmarks.md. Medians; asserts nothing.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { spawnSync } from "node:child_process";
import { arch, cpus, platform, release } from "node:os";
import { fileURLToPath } from "node:url";
import { Sandbox } from "micropython-sandbox";
import { nativeBinary, sourceTree } from "../scripts/compat-suite.mjs";
import { ours, web, pyodide, native as nativeProduct } from "./products.mjs";
import { programs, parse } from "./programs.mjs";
import { meteringRows as meteringRowsOf } from "./metering.mjs";
import { oursRows } from "./ours.mjs";
import { median, time, ms, kib } from "./measure.mjs";

const started = performance.now();
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const top = sourceTree();
const native = nativeProduct(nativeBinary());
const PRODUCTS = [ours, native, web, pyodide];
const say = (msg) => process.stderr.write(`[bench] ${msg}\n`);

const ratio = (x, base) => (x === undefined || !base ? "—" : `${(x / base).toFixed(2)}×`);

// Rows: [what, { productName: ms }, note]; the table adds a ratio column against native.
const rows = [];
const row = (what, values, note = "") => rows.push({ what, values, note });

// ---- cold start: fresh process → first result ----
say("cold start");
function spawnTimed(cmd, args) {
  const t = performance.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: "utf8" });
  const wall = performance.now() - t;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")}: ${r.stderr}`);
  return { wall, inside: Number(r.stdout.trim()) };
}
const coldRuns = { [ours.name]: 9, [web.name]: 9, [pyodide.name]: 3 };
const coldInside = {}, coldWall = {};
for (const p of [ours, web, pyodide]) {
  const key = { [ours.name]: "ours", [web.name]: "web", [pyodide.name]: "pyodide" }[p.name];
  const xs = Array.from({ length: coldRuns[p.name] }, () => spawnTimed(process.execPath, ["bench/cold-start.mjs", key]));
  coldInside[p.name] = median(xs.map((x) => x.inside));
  coldWall[p.name] = median(xs.map((x) => x.wall));
}
coldWall[native.name] = median(Array.from({ length: 9 }, () => {
  const t = performance.now();
  spawnSync(native.files[0], ["-c", "print(1)"]);
  return performance.now() - t;
}));
coldInside[native.name] = coldWall[native.name];
row("cold start: import → first result, in a fresh process", coldInside, "native: the whole process");
row("cold start: whole process (spawn → exit)", coldWall, `Node itself: ${ms(median(Array.from({ length: 5 }, () => spawnTimed(process.execPath, ["-e", "console.log(0)"]).wall)))}`);

// ---- new interpreter in a warm process, trivial run ----
say("new interpreter, trivial run");
const fresh = {}, trivial = {};
for (const [p, n] of [[ours, 50], [web, 10], [pyodide, 3]]) {
  (await p.start()).close(); // warm: module compiled/cached where the product caches it
  fresh[p.name] = await time(n, async () => (await p.start()).close());
  const i = await p.start();
  await i.run("pass");
  trivial[p.name] = await time(1000, () => i.run("pass"));
  i.close();
}
row("new sandbox / interpreter, warm process", fresh, "native: a new process is the cold start");
row("trivial run (`pass`)", trivial);
const inWorker = await time(20, async () => (await Sandbox.create()).close());
row("new sandbox in a Worker (Node's default)", { [ours.name]: inWorker }, "Node's default (hard timeouts need it); from a pool of started Workers");

// ---- CPU: perf_bench + fib(27) ----
const REPS = 3;
const cpu = {};
for (const p of PRODUCTS) {
  say(`CPU: ${p.name}`);
  const results = {};
  for (const { name, source } of programs(top, REPS)) {
    const i = await p.start();
    try {
      const { times, result } = parse(await i.run(source));
      results[name] = { ms: median(times) / 1000, result };
    } catch (e) {
      results[name] = { error: e.message.split("\n")[0] };
    } finally {
      i.close();
    }
  }
  cpu[p.name] = results;
}
const cpuRows = [];
for (const { name } of programs(top, 1)) {
  const values = Object.fromEntries(PRODUCTS.map((p) => [p.name, cpu[p.name][name].ms]));
  const failed = PRODUCTS.filter((p) => cpu[p.name][name].error).map((p) => `${p.name}: ${cpu[p.name][name].error}`);
  row(`CPU: ${name}`, values, failed.join("; "));
  cpuRows.push(values);
}
// Geometric mean of the ratios to native, per product: one number for "how fast".
const geo = Object.fromEntries(PRODUCTS.map((p) => {
  const rs = cpuRows.filter((v) => v[p.name] && v[native.name]).map((v) => v[p.name] / v[native.name]);
  return [p.name, rs.length ? Math.exp(rs.reduce((a, r) => a + Math.log(r), 0) / rs.length) : undefined];
}));

// ---- what fuel metering costs (bench/metering.mjs: metered vs unmetered guest, same harness) ----
say("fuel metering on vs off");
const meteringRows = meteringRowsOf(top, fileURLToPath(new URL("../build/guest/", import.meta.url)));

// ---- shipped bytes ----
const sizes = Object.fromEntries(PRODUCTS.map((p) => {
  const bytes = p.files.map((f) => readFileSync(f));
  return [p.name, { raw: bytes.reduce((a, b) => a + b.length, 0), gzip: bytes.reduce((a, b) => a + gzipSync(b, { level: 9 }).length, 0) }];
}));

// ---- per-runtime rows from bench/runtimes.mjs (another bench, when present) ----
let runtimeRows = [];
if (existsSync(new URL("runtimes.mjs", import.meta.url))) {
  say("bench/runtimes.mjs");
  try {
    runtimeRows = await (await import("./runtimes.mjs")).runtimeRows();
  } catch (e) {
    runtimeRows = [["bench/runtimes.mjs", "failed", e.message.split("\n")[0]]];
  }
}

say("ours in detail");
const detailRows = await oursRows(new URL("../pkg/", import.meta.url));

// ---- output ----
const names = PRODUCTS.map((p) => p.name);
const header = ["", ...names, "ours / native", "note"];
const tableRows = [
  ...rows.map((r) => [r.what, ...names.map((n) => ms(r.values[n])), ratio(r.values[ours.name], r.values[native.name]), r.note]),
  ["CPU: geometric mean vs native", ...names.map((n) => ratio(geo[n], 1)), ratio(geo[ours.name], 1), "per program: median of 3"],
  ...meteringRows.map(([what, value, note]) => [what, value, "", "", "", "", note]),
  ["shipped bytes, raw", ...names.map((n) => kib(sizes[n].raw)), ratio(sizes[ours.name].raw, sizes[native.name].raw), "wasm + JS (Pyodide: + stdlib zip + lock file; native: the binary)"],
  ["shipped bytes, gzip -9", ...names.map((n) => kib(sizes[n].gzip)), ratio(sizes[ours.name].gzip, sizes[native.name].gzip), "sum of each file gzipped"],
];
const goals = [
  ["cold start ≤ 20 ms", coldInside[ours.name] <= 20, `${ms(coldInside[ours.name])} in-process (Node adds ${ms(coldWall[ours.name] - coldInside[ours.name])} around it)`],
  ["new sandbox ≤ 1 ms", fresh[ours.name] <= 1, `${ms(fresh[ours.name])} inline; ${ms(inWorker)} in a Worker`],
  ["CPU within 1.5× of native", geo[ours.name] <= 1.5, `${ratio(geo[ours.name], 1)} geometric mean over ${cpuRows.length} programs`],
  ["CPU faster than the web build", geo[ours.name] < geo[web.name], `ours ${ratio(geo[ours.name], 1)} vs web ${ratio(geo[web.name], 1)} of native`],
  ["≤ 300 KB gzip shipped", sizes[ours.name].gzip <= 300_000, `${kib(sizes[ours.name].gzip)} gzip`],
  ["Pyodide is ~40× bigger (the issue's estimate)", null, `${(sizes[pyodide.name].gzip / sizes[ours.name].gzip).toFixed(0)}× (gzip)`],
];

const pad = (rs) => {
  const w = rs[0].map((_, i) => Math.max(...rs.map((r) => String(r[i]).length)));
  return rs.map((r) => r.map((c, i) => (i === 0 || i === r.length - 1 ? String(c).padEnd(w[i]) : String(c).padStart(w[i]))).join("  ").trimEnd()).join("\n");
};
const md = (rs) => [`| ${rs[0].join(" | ")} |`, `|${rs[0].map((_, i) => (i === 0 || i === rs[0].length - 1 ? " --- " : " ---: ")).join("|")}|`,
  ...rs.slice(1).map((r) => `| ${r.join(" | ")} |`)].join("\n");
const machine = `${cpus()[0]?.model ?? arch()} ×${cpus().length}, ${platform()} ${release()}, Node ${process.version}`;
const date = new Date().toISOString().slice(0, 10);
const seconds = ((performance.now() - started) / 1000).toFixed(0);

console.log(`\nmicropython-sandbox bench — ${date}, ${machine}\n`);
console.log(pad([header, ...tableRows]));
console.log("\nGoals:");
const status = (met) => (met === null ? "info" : met ? "met" : "MISSED");
for (const [goal, met, how] of goals) console.log(`  ${status(met).padEnd(6)}  ${goal}: ${how}`);
console.log("\nOurs in detail (bench/ours.mjs):");
console.log(pad([["", "", ""], ...detailRows]));
if (runtimeRows.length) {
  console.log("\nPer runtime (bench/runtimes.mjs):");
  console.log(pad([["", "", ""], ...runtimeRows]));
}
console.log(`\n${seconds} s`);

writeFileSync(new URL("../docs/benchmarks.md", import.meta.url), `# Benchmarks

Written by \`npm run bench\` (${seconds} s). ${date}, ${machine}.

Compared: **micropython-sandbox** (this package, inline sandbox: \`worker: false\`);
**native MicroPython** 1.26.1, the unix port built from the same Debian source (\`VARIANT=standard\`,
no FFI/btree/SSL), the speed limit for this interpreter; the official **MicroPython web build**
(npm \`@micropython/micropython-webassembly-pyscript\` 1.26.0, Emscripten); **Pyodide** (npm
\`pyodide\`, CPython in Emscripten), both loaded from \`node_modules\` in the same Node.

CPU rows are MicroPython's \`tests/perf_bench\` programs at size N=1000, M=1000 and fib(27); each
times itself with perf_bench's own harness (\`benchrun.py\`: setup outside the timed part), median of 3
runs in one interpreter. Pyodide runs the same programs under CPython. Times are medians; the
machine may be shared, so treat small differences as noise.

## Goals

${md([["goal", "", "measured"], ...goals.map(([g, met, how]) => [g, status(met).replace("MISSED", "**missed**"), how])])}

## Table

${md([header, ...tableRows])}

## Ours in detail (from \`bench/ours.mjs\`)

${md([["what", "value", "note"], ...detailRows])}
${runtimeRows.length ? `\n## Per runtime (from \`bench/runtimes.mjs\`)\n\n${md([["what", "value", "note"], ...runtimeRows])}\n` : ""}
## Where we lose

- **Cold start** counts Node loading our JS and compiling two wasm modules (host and guest); the
  goal is about that in-process part. The whole process is dominated by Node's own start-up.
- **CPU against native**: the guest spills pointers held in wasm locals to the shadow stack so the
  GC can see them (binaryen \`--spill-pointers\`), which costs about a third on call-heavy code,
  and it runs under the host's limit checks; the JS engine's JIT does the rest.
- **Fuel metering** charges every loop iteration and function entry of the guest; the rows give
  its cost per program (guest alone, metered vs unmetered build, in one bare harness).

## Reproduce

\`npm run bench\` from a clone: builds the package, builds native MicroPython once per machine
(about 2 minutes, cached in \`~/.cache/micropython-sandbox\`), runs everything in this Node.
`);
