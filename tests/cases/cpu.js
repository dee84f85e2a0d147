// Cheap-fuel / expensive-CPU programs: every unit of work is charged (issue 11). Each program must
// stop under a small fuel budget with kind "fuel" and under a small timeoutMs with kind "timeout",
// within BOUND_MS (docs/limits.md states the guarantee and `npm run cpu-bounds` measures it), and
// leave the sandbox usable. Larger versions of these programs are in bench/cpu-bounds.mjs.
import { check, eq, okRun, session, show } from "./check.js";

const FUEL = 2_000_000;
const TIMEOUT_MS = 100;
/** The documented bound, generous for slow CI machines: the run stops within timeoutMs + this. */
const BOUND_MS = 2000;

const now = () => (globalThis.performance ?? Date).now();

/** Runs each program under FUEL, then under TIMEOUT_MS, in one session (set up again if a stop reset it). */
async function stopsPromptly(api, programs) {
  for (const { setup = "", code, functions } of programs) {
    const options = { memoryBytes: 48 << 20, timeoutMs: 30_000, ...(functions ? { functions: { echo: (x) => x } } : {}) };
    await session(api, options, async (sb) => {
      okRun(await sb.run(setup), `setup of ${show(code)}`);
      for (const [limit, kind] of [[{ fuel: FUEL }, "fuel"], [{ timeoutMs: TIMEOUT_MS }, "timeout"]]) {
        const start = now();
        const r = await sb.run(code, limit);
        const wall = now() - start;
        const what = `${show(code)} under ${show(limit)}`;
        eq(r.error?.kind, kind, `${what}: error.kind (${r.error?.message})`);
        check(wall <= (limit.timeoutMs ?? 0) + BOUND_MS, `${what}: stopped within ${BOUND_MS} ms past the limit`, Math.round(wall));
        if (kind === "fuel") check(r.stats.fuelUsed >= FUEL, `${what}: fuelUsed counts the budget`, r.stats.fuelUsed);
        okRun(await sb.run("pass"), `${what}: the next run`);
        if (r.sessionLost) okRun(await sb.run(setup), `setup of ${show(code)} again after a reset`);
      }
    });
  }
}

const gcHeap = "import gc\nkeep = [[i] for i in range(50_000)]";

export const cases = [
  ["cpu: garbage collection is charged (gc.threshold(1), gc.collect() loops over a big heap)", (api) =>
    stopsPromptly(api, [
      { setup: gcHeap, code: "gc.threshold(1)\nwhile True: x = [1]" },
      { setup: gcHeap, code: "while True: gc.collect()" },
      { setup: "import gc\nt = [[[j] for j in range(100)] for i in range(300)]", code: "while True: gc.collect()" },
    ])],

  // A stop lets the collection in progress and two more finish, then gives only the usual graces,
  // and sets gc.threshold() aside until the next run: a loop that makes every allocation collect
  // cannot run on after its stop (before, inline: 645 M units and 320 ms past a 100 ms timeout).
  ["cpu: after a stop, collections are bounded (gc.threshold(1) with allocating loops)", (api) =>
    session(api, { memoryBytes: 48 << 20 }, async (sb) => {
      const setup = gcHeap;
      okRun(await sb.run(setup), "setup");
      const base = (await sb.run("pass")).stats.fuelUsed;
      const collection = (await sb.run("gc.collect()")).stats.fuelUsed - base;
      const bound = FUEL + 16 * 2 ** 20 + 3 * collection;
      for (const code of ["gc.threshold(1)\nwhile True: str(1)", "gc.threshold(1)\nall(map(str, range(10**9)))"]) {
        const r = await sb.run(code, { fuel: FUEL });
        eq(r.error?.kind, "fuel", `${show(code)}: error.kind (${r.error?.message})`);
        check(r.stats.fuelUsed <= bound, `${show(code)}: fuel used at most budget + 16 graces + 3 collections (${bound})`, r.stats.fuelUsed);
        if (r.sessionLost) okRun(await sb.run(setup), "setup again after a reset");
        else eq((await sb.run("print(gc.threshold())")).stdout, "0\n", `${show(code)}: the program's gc.threshold(1) is kept (it reads back as 0: blocks of 16 bytes)`);
        okRun(await sb.run("gc.threshold(-1)"), "threshold off");
      }
    })],

  ["cpu: bulk memory moves and fills are charged by length", (api) =>
    stopsPromptly(api, [
      { setup: "l = [0] * 2_000_000", code: "while l: l.pop(0)" },
      { setup: "l = [0] * 2_000_000", code: "while True: l.insert(0, 1)" },
      { setup: "l = [0] * 2_000_000", code: "while l: del l[0]" },
      { setup: "b = bytearray(8_000_000); m = memoryview(b)", code: "while True: m[1:] = m[:-1]" },
      { setup: "b = bytearray(8_000_000)", code: "while True: c = b[1:]" },
      { code: "while True: x = bytes(8_000_000)" },
      { code: "while True: x = b'x' * 8_000_000" },
    ])],

  ["cpu: string and byte builders grow geometrically and are charged", (api) =>
    stopsPromptly(api, [
      { code: "import json\nwhile True: s = json.dumps([None] * 200_000)" },
      { setup: "l = list(range(200_000))", code: "while True: r = repr(l)" },
      { setup: "p = ['ab'] * 500_000", code: "while True: s = ''.join(p)" },
      { code: "while True: s = '{:>8000000}'.format(1)" },
      { setup: "s = 'a' * 2_000_000", code: "while True: t = s.replace('a', 'bb')" },
      { code: "b = bytearray()\nwhile True: b.append(1)" },
      { code: "b = bytearray()\nwhile True: b += b'abcdefgh'" },
    ])],

  ["cpu: big integers, regexes, sorting, hashing, rehashing are charged", (api) =>
    stopsPromptly(api, [
      { setup: "x = 3 ** 100_000", code: "while True: y = x * x" },
      { setup: "x = 3 ** 50_000", code: "while True: s = str(x)" },
      { code: "import re\nwhile True: re.match('(a|a)*b', 'a' * 26)" },
      { setup: "l = list(range(500_000, 0, -1))", code: "while True: s = sorted(l)" },
      { code: "while True: s = set(range(300_000))" },
      { setup: "import hashlib; b = bytes(4_000_000)", code: "while True: hashlib.sha256(b).digest()" },
    ])],

  ["cpu: host calls with many small values are charged", (api) =>
    stopsPromptly(api, [
      { setup: "import host; arg = ['ab'] * 50_000", code: "while True: host.echo(arg)", functions: true },
    ])],

  ["cpu: tracebacks and deep generator chains are charged", (api) =>
    stopsPromptly(api, [
      { setup: "def f(n): return f(n + 1)", code: "while True:\n    try: f(0)\n    except RuntimeError: pass" },
      { code: "g = iter(range(10 ** 9))\nfor i in range(200): g = (x for x in g)\nfor x in g: pass" },
    ])],
];
