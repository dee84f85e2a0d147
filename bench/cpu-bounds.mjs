// Cheap-fuel / expensive-CPU programs: does a small fuel budget or a small timeoutMs stop each of
// them promptly? Every program runs inline and in a Worker session (Node), once under FUEL and
// once under TIMEOUT_MS, each in a child process killed after KILL_MS (so a run that does not stop
// shows as "killed" instead of hanging the suite). Prints a Markdown table; `--write` also puts
// it into docs/limits.md between the markers.
//
//   npm run cpu-bounds [-- --only REGEX] [-- --write]
//
// Environment: CPU_BOUNDS_PKG (another build of the package, e.g. an older one to compare),
// CPU_BOUNDS_KILL_MS (default 60000), CPU_BOUNDS_MODES (default "inline,worker"),
// CPU_BOUNDS_LIMITS (default "fuel,timeout").
//
// Columns: how the run stopped ("(lost)": stuck in C, the interpreter was reset), fuel used and
// wall time until the run stopped; for timeout runs the overshoot past timeoutMs; ns per fuel
// unit = wall time / fuel used (for the timeout runs, which have no fuel limit, that is the CPU
// time one unit of this program's work costs here; the short fuel runs also count the start of
// the run).
import { spawnSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const FUEL = 10_000_000;
export const TIMEOUT_MS = 100;
const KILL_MS = Number(process.env.CPU_BOUNDS_KILL_MS ?? 60_000);
const PKG = process.env.CPU_BOUNDS_PKG ?? join(ROOT, "pkg");
const MODES = (process.env.CPU_BOUNDS_MODES ?? "inline,worker").split(",").map((m) => m === "worker");
const LIMITS = (process.env.CPU_BOUNDS_LIMITS ?? "fuel,timeout").split(",");
const MB = 1 << 20;

const gcHeap = "keep = [[i] for i in range(200000)]";
/** name, setup (run first with no limit), code (the attack), memory (MiB), host functions. */
export const PROGRAMS = [
  { name: "baseline: Python loop", code: "i = 0\nwhile True: i += 1" },
  { name: "gc.threshold(1), 200k live objects", setup: gcHeap, code: "import gc\ngc.threshold(1)\nwhile True: x = [1]" },
  { name: "gc.collect() loop, 200k live objects", setup: gcHeap, code: "import gc\nwhile True: gc.collect()" },
  { name: "gc.collect(), wide tree (mark-stack overflow)", setup: "t = [[[j] for j in range(100)] for i in range(3000)]", code: "import gc\nwhile True: gc.collect()" },
  { name: "allocation churn, big heap", setup: gcHeap, code: "while True: x = [0] * 1000" },
  { name: "l.pop(0), 12M list", setup: "l = [0] * 12_000_000", code: "while l: l.pop(0)", memory: 128 },
  { name: "l.insert(0, x), 4M list", setup: "l = [0] * 4_000_000", code: "while True: l.insert(0, 1)", memory: 96 },
  { name: "del l[0], 4M list", setup: "l = [0] * 4_000_000", code: "while l: del l[0]", memory: 96 },
  { name: "l[1:] slice copies", setup: "l = list(range(4_000_000))", code: "while True: m = l[1:]", memory: 128 },
  { name: "l * 2, l.copy(), l[::-1]", setup: "l = list(range(2_000_000))", code: "while True: a = l * 2; b = l.copy(); c = l[::-1]", memory: 160 },
  { name: "list(range(5M))", code: "while True: l = list(range(5_000_000))", memory: 128 },
  { name: "bytearray slicing, 40 MB", setup: "b = bytearray(40_000_000)", code: "while True: c = b[1:]", memory: 160 },
  { name: "bytes(30M)", code: "while True: x = bytes(30_000_000)", memory: 128 },
  { name: "b'x' * 30M", code: "while True: x = b'x' * 30_000_000", memory: 128 },
  { name: "'ab' * 15M", code: "while True: x = 'ab' * 15_000_000", memory: 128 },
  { name: "memoryview memmove, 40 MB", setup: "b = bytearray(40_000_000); m = memoryview(b)", code: "while True: m[1:] = m[:-1]", memory: 128 },
  { name: "bytearray append", code: "b = bytearray()\nwhile True: b.append(1)", memory: 128 },
  { name: "bytearray += small", code: "b = bytearray()\nwhile True: b += b'abcdefgh'", memory: 128 },
  { name: "str.join, 2M parts", setup: "p = ['ab'] * 2_000_000", code: "while True: s = ''.join(p)", memory: 128 },
  { name: "str.replace, 10 MB", setup: "s = 'a' * 10_000_000", code: "while True: t = s.replace('a', 'bb')", memory: 128 },
  { name: "str.upper, 10 MB", setup: "s = 'a' * 10_000_000", code: "while True: t = s.upper()", memory: 128 },
  { name: "str.find worst case", setup: "h = 'a' * 5_000_000; n = 'a' * 100_000 + 'b'", code: "while True: h.find(n)" },
  { name: "str.split / count, 10 MB", setup: "s = 'a ' * 5_000_000", code: "while True: s.count('a'); x = s.split()", memory: 160 },
  { name: "str.encode / decode, 10 MB", setup: "s = 'é' * 5_000_000", code: "while True: s.encode().decode()", memory: 128 },
  { name: "bytes.hex, 10 MB", setup: "b = bytes(10_000_000)", code: "while True: b.hex()", memory: 128 },
  { name: "repr of a 1M list", setup: "l = list(range(1_000_000))", code: "while True: r = repr(l)" },
  { name: "str of a 300k dict", setup: "d = {i: i for i in range(300_000)}", code: "while True: r = str(d)" },
  { name: "'%s' formatting, 100k args", setup: "t = tuple(range(100_000)); f = '%s' * 100_000", code: "while True: s = f % t" },
  { name: "'{:>30000000}'.format", code: "while True: s = '{:>30000000}'.format(1)", memory: 128 },
  { name: "big int multiply", setup: "x = 3 ** 300_000", code: "while True: y = x * x" },
  { name: "big int divide", setup: "x = 3 ** 300_000; y = 7 ** 50_000", code: "while True: z = x // y" },
  { name: "str(big int)", setup: "x = 3 ** 200_000", code: "while True: s = str(x)" },
  { name: "int(big str)", setup: "s = '9' * 100_000", code: "while True: x = int(s)" },
  { name: "10 ** (10 ** 6)", code: "while True: x = 10 ** (10 ** 6)" },
  { name: "catastrophic regex", code: "import re\nwhile True: re.match('(a|a)*b', 'a' * 30)" },
  { name: "re.sub, 1 MB", setup: "import re; s = 'ab' * 500_000", code: "while True: t = re.sub('a', 'xy', s)" },
  { name: "sorted, 2M ints", setup: "l = list(range(2_000_000, 0, -1))", code: "while True: s = sorted(l)", memory: 96 },
  { name: "x in list, 5M", setup: "l = [0] * 5_000_000", code: "while True: 1 in l", memory: 96 },
  { name: "tuple ==, 2M", setup: "a = tuple(range(2_000_000)); b = tuple(range(2_000_000))", code: "while True: a == b", memory: 96 },
  { name: "set(range(1M)) rehash", code: "while True: s = set(range(1_000_000))", memory: 128 },
  { name: "dict.fromkeys(range(1M))", code: "while True: d = dict.fromkeys(range(1_000_000))", memory: 128 },
  { name: "dict copy, 500k", setup: "d = dict.fromkeys(range(500_000))", code: "while True: e = dict(d)", memory: 96 },
  { name: "json.dumps([None]*500000)", code: "import json\nwhile True: s = json.dumps([None] * 500_000)" },
  { name: "json.loads, 2 MB", setup: "s = '[' + '1,' * 1_000_000 + '1]'", code: "import json\nwhile True: json.loads(s)", memory: 96 },
  { name: "hashlib.sha256, 10 MB", setup: "import hashlib; b = bytes(10_000_000)", code: "while True: hashlib.sha256(b).digest()" },
  { name: "deflate compress, 4 MB", setup: "import deflate, io; b = bytes(range(256)) * 16_000", code: "while True:\n    o = io.BytesIO(); d = deflate.DeflateIO(o, deflate.ZLIB); d.write(b); d.close()" },
  { name: "struct.pack 60k ints", setup: "import struct; r = range(60_000)", code: "while True: struct.pack('<60000i', *r)" },
  { name: "array ops, 5M", setup: "import array; a = array.array('i', range(5_000_000))", code: "while True: b = a + a", memory: 128 },
  { name: "host call, 100k strings", setup: "import host; arg = ['ab'] * 100_000", code: "while True: host.echo(arg)", functions: true },
  { name: "exception tracebacks, deep", setup: "def f(n): return f(n + 1)", code: "while True:\n    try: f(0)\n    except RuntimeError as e: pass" },
  { name: "deep generator chain", code: "g = iter(range(10 ** 9))\nfor i in range(200): g = (x for x in g)\nfor x in g: pass" },
  { name: "compile 200k lines", setup: "src = 'x = 1\\n' * 200_000", code: "while True: compile(src, 's', 'exec')", memory: 128 },
  { name: "/tmp file write/read, 10 MB", setup: "b = bytes(10_000_000)", code: "while True:\n    with open('/tmp/f', 'wb') as f: f.write(b)\n    with open('/tmp/f', 'rb') as f: f.read()", memory: 128, tmp: 64 },
];

async function child(index, worker) {
  const { Sandbox } = await import(join(PKG, "node.js"));
  const p = PROGRAMS[index];
  const rows = [];
  for (const limit of LIMITS) {
    const sb = await Sandbox.create({
      worker,
      memoryBytes: (p.memory ?? 64) * MB,
      timeoutMs: Infinity,
      ...(p.functions ? { functions: { echo: (x) => x } } : {}),
      ...(p.tmp ? { tmpQuotaBytes: p.tmp * MB } : {}),
    });
    try {
      // The setup (or `pass`) also warms the interpreter up, so start-up is not measured.
      const set = await sb.run(p.setup ?? "pass", { timeoutMs: 120_000 });
      if (!set.ok) throw new Error(`setup of ${p.name} failed: ${set.error.kind} ${set.error.message}`);
      const opts = limit === "fuel" ? { fuel: FUEL } : { timeoutMs: TIMEOUT_MS };
      const t0 = performance.now();
      const r = await sb.run(p.code, opts);
      const wall = performance.now() - t0;
      rows.push({ limit, kind: r.ok ? "ok" : r.error.kind, lost: !!r.sessionLost, fuel: r.stats.fuelUsed, wall, msg: r.ok ? "" : r.error.message });
    } finally {
      sb.close();
    }
  }
  process.stdout.write(JSON.stringify(rows) + "\n");
}

function runOne(index, worker) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--child", String(index), worker ? "worker" : "inline"], {
    timeout: KILL_MS, encoding: "utf8", maxBuffer: 1 << 24,
  });
  if (r.status === 0) return JSON.parse(r.stdout.trim().split("\n").pop());
  const killed = r.signal != null;
  return [{ limit: LIMITS[0], kind: killed ? "killed" : "error", lost: false, fuel: 0, wall: performance.now() - t0, msg: killed ? `killed after ${KILL_MS} ms` : r.stderr.slice(-300) }];
}

const fmt = (n, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : "–");
const ns = (row) => (row.fuel > 0 ? fmt((row.wall * 1e6) / row.fuel, 1) : "–");

async function main(args) {
  const only = args.includes("--only") ? new RegExp(args[args.indexOf("--only") + 1], "i") : null;
  const lines = [
    `| program | mode | fuel ${FUEL.toExponential(0)}: stop, fuel used, wall ms, ns/unit | timeoutMs ${TIMEOUT_MS}: stop, fuel used, wall ms, overshoot ms, ns/unit |`,
    "|---|---|---|---|",
  ];
  let worstNs = 0, worstOver = 0, lost = 0, runs = 0, bad = [];
  for (const [i, p] of PROGRAMS.entries()) {
    if (only && !only.test(p.name)) continue;
    for (const worker of MODES) {
      const rows = runOne(i, worker);
      const f = rows.find((r) => r.limit === "fuel"), t = rows.find((r) => r.limit === "timeout");
      const cell = (r, extra) => (r ? `${r.kind}${r.lost ? " (lost)" : ""}, ${fmt(r.fuel)}, ${fmt(r.wall)}${extra ? `, ${extra(r)}` : ""}, ${ns(r)}` : "–");
      const line = `| ${p.name} | ${worker ? "worker" : "inline"} | ${cell(f)} | ${cell(t, (r) => fmt(r.wall - TIMEOUT_MS))} |`;
      console.log(line);
      lines.push(line);
      for (const r of rows) {
        if (r.kind !== r.limit) bad.push(`${p.name} (${worker ? "worker" : "inline"}, ${r.limit}): ${r.kind} ${r.msg}`);
      }
      // CPU per unit from the timeout runs: they run long enough (timeoutMs, unlimited fuel) for
      // the start of a run (compiling, a Worker's message) not to count.
      if (t?.kind === "timeout" && t.fuel > 0) worstNs = Math.max(worstNs, (t.wall * 1e6) / t.fuel);
      if (t) worstOver = Math.max(worstOver, t.wall - TIMEOUT_MS);
      lost += rows.filter((r) => r.lost).length;
      runs += rows.length;
    }
  }
  const summary = `Worst: ${fmt(worstNs, 1)} ns per fuel unit (timeout runs), ${fmt(worstOver)} ms past timeoutMs; ` +
    `${lost} of ${runs} stops reset the interpreter (stuck in C). Node ${process.version}, ` +
    `${new Date().toISOString().slice(0, 10)}, load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs.`;
  console.log("\n" + summary);
  if (bad.length) console.log("\nDid not stop with its limit's kind:\n" + bad.join("\n"));
  if (args.includes("--write")) {
    const path = join(ROOT, "docs", "limits.md");
    const doc = readFileSync(path, "utf8");
    const [start, end] = ["<!-- cpu-bounds:start -->", "<!-- cpu-bounds:end -->"];
    const table = `${start}\n${lines.join("\n")}\n\n${summary}\n${end}`;
    writeFileSync(path, doc.replace(new RegExp(`${start}[\\s\\S]*${end}`), table));
    console.log(`wrote ${path}`);
  }
}

const argv = process.argv.slice(2);
if (argv[0] === "--child") await child(Number(argv[1]), argv[2] === "worker");
else await main(argv);
