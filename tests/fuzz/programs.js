// Fuzzing whole runs: random Python programs from a small grammar (loops, recursion, allocation,
// exceptions, string work, prints, imports of the enabled modules, host calls, awaits) under random
// small limits. Properties: run() resolves with a well-formed, typed result (never rejects, never
// "crash"), within the documented bounds (output cap, fuel overshoot); and the session is usable
// afterwards. Plain JS: runs in every runtime.
import { Rng } from "./rng.js";

const MODULES = ["json", "re", "math", "cmath", "binascii", "hashlib", "random", "collections", "struct", "io", "heapq", "errno", "sys", "time", "deflate", "array", "gc", "os"];
const KINDS = new Set(["python", "timeout", "fuel", "memory", "output", "crash", "aborted"]);

const ind = (s, n = 1) => s.split("\n").map((l) => "    ".repeat(n) + l).join("\n");

function expr(rng, depth = 0) {
  const n = () => rng.pick([0, 1, 2, 7, 100, 1000, 10 ** 5, 10 ** 7, 2 ** 31, -3]);
  return rng.weighted([
    [3, () => String(n())],
    [1, () => rng.pick(["'abc'", "'\\u00e9\\U0001f600'", "b'\\x00\\xff'", "None", "True", "1.5", "float('nan')", "()", "[]", "{}"])],
    [depth < 2 ? 2 : 0, () => `(${expr(rng, depth + 1)} ${rng.pick(["+", "-", "*", "//", "%", "**", "<<", "&", "==", "<"])} ${expr(rng, depth + 1)})`],
    [depth < 2 ? 1 : 0, () => `[${expr(rng, depth + 1)}] * ${rng.pick([0, 3, 1000, 10 ** 6, 10 ** 8])}`],
    [depth < 2 ? 1 : 0, () => `str(${expr(rng, depth + 1)})`],
    [1, () => rng.pick(["x", "s", "d", "i", "len(x)", "len(s)"])],
  ]);
}

function statement(rng, depth = 0) {
  const size = () => rng.pick([0, 1, 10, 1000, 10 ** 5, 10 ** 6, 10 ** 7]);
  const body = () => Array.from({ length: rng.int(1, 3) }, () => statement(rng, depth + 1)).join("\n");
  return rng.weighted([
    [3, () => `x = ${expr(rng)}`],
    [2, () => `s = ${rng.pick(["'a' * ", "'\\u00e9' * ", "str(x) * ", "'%s' % "])}${size()}`],
    [2, () => `d = {i: str(i) for i in range(${size()})}`],
    [1, () => `x = bytearray(${size()})`],
    [1, () => `x = 10 ** ${rng.pick([10, 1000, 10 ** 5, 10 ** 6])}`],
    [1, () => `x = list(range(${size()}))\nx.sort(reverse=True)`],
    [2, () => `print(${expr(rng)})`],
    [1, () => `print(${rng.pick(["'x' * ", "'\\u00e9' * ", "'\\U0001f600' * "])}${size()}, end='')`],
    [1, () => `import sys\nprint('err', ${expr(rng)}, file=sys.stderr)`],
    [2, () => `import ${rng.pick(MODULES)}`],
    [1, () => rng.pick([
      "import json\ns = json.dumps([list(range(20))] * 50)\nx = json.loads(s)",
      "import re\nx = re.match('(a+)+b', 'a' * 24 + 'c')",
      "import hashlib\nx = hashlib.sha256(b'a' * 100000).digest()",
      "import collections\nx = collections.deque((), 10)\nx.append(1)",
      "import struct\nx = struct.pack('<iid', 1, 2, 3.0)",
      "import heapq\nx = []\nfor i in range(1000): heapq.heappush(x, -i)",
      "import gc\ngc.collect()",
      "import math\nx = [math.sqrt(i) for i in range(10000)]",
      "import deflate, io\nx = deflate.DeflateIO(io.BytesIO(b'')).read()",
      "import os\nx = os.listdir('/')",
      "with open('/tmp/f', 'w') as f:\n    f.write('x' * 1000)",
      "import binascii\nx = binascii.hexlify(b'\\x00' * 1000)",
      "s = ','.join(str(i) for i in range(10000))\nx = s.split(',')",
      "s = 'abc' * 1000\nx = s.replace('b', 'xyz').upper().find('Q')",
      "x = '{:>10}|{:08.3f}'.format('a', 3.14159)",
    ])],
    [2, () => `for i in range(${size()}):\n${ind(body())}`],
    [1, () => `i = 0\nwhile i < ${size()}:\n    i += 1\n${ind(body())}`],
    [0.3, () => "while True:\n    pass"],
    [0.3, () => "x = []\nwhile True:\n    x.append('y' * 1000)"],
    [0.2, () => "while True:\n    print('spam')"],
    [1, () => `def r(n):\n    return n if n <= 0 else 1 + r(n - 1)\nx = r(${rng.pick([5, 50, 200, 1000, 10 ** 5])})`],
    [0.5, () => "def r():\n    r()\nr()"],
    [2, () => `try:\n${ind(body())}\nexcept ${rng.pick(["Exception", "ValueError", "MemoryError", "RuntimeError", "BaseException"])} as e:\n    print(type(e).__name__)`],
    [1, () => `try:\n${ind(body())}\nfinally:\n    x = 0`],
    [1, () => `raise ${rng.pick(["ValueError('v')", "KeyError(1)", "SystemExit(3)", "SystemExit(0)", "Exception('x' * 100000)", "MemoryError()", "StopIteration"])}`],
    [0.5, () => `import sys\nsys.exit(${rng.pick([0, 1, 2, "'bye'", "None"])})`],
    [0.5, () => "1 / 0"],
    [0.3, () => rng.pick(["def f(:\n    pass", "x = ((((", "\tbad indent", "x = '\\ud800'"])],
    [0.5, () => "def g():\n    yield from range(10)\nx = list(g())"],
    [0.5, () => "class C:\n    def __repr__(self):\n        return repr(self)\nx = repr(C())"],
    [2, () => `x = echo(${expr(rng)})`],
    [1, () => `x = big(${size()})`],
    [1, () => `try:\n    boom()\nexcept Exception as e:\n    print(type(e).__name__)`],
    [0.5, () => "boom()"],
    [1, () => "x = await later(1)"],
    [0.5, () => `async def a(n):\n    return await later(n)\nx = await a(${rng.int(0, 30)})`],
    [0.5, () => "for i in range(20):\n    x = await later(i)"],
  ]);
}

/** Random run limits (some absent: the defaults apply). */
function limits(rng) {
  const out = {};
  if (rng.bool(0.5)) out.fuel = rng.weighted([[1, 1], [1, 10 ** 4], [2, 10 ** 5], [3, 10 ** 6], [4, 10 ** 7], [4, 10 ** 8], [2, 10 ** 9]]);
  out.timeoutMs = rng.pick([20, 100, 300, 1000, 2000]);
  if (rng.bool(0.5)) out.maxOutputBytes = rng.pick([0, 1, 7, 100, 1000, 65536]);
  if (rng.bool(0.3)) out.outputLimit = rng.pick(["truncate", "error"]);
  if (rng.bool(0.3)) out.maxRecursionDepth = rng.pick([1, 2, 10, 100]);
  return out;
}

/**
 * A random trial: program statements, sandbox options, run options. With `hostile` (default true),
 * some trials also call a host function that misbehaves (HOSTILE) or pass an onOutput that throws.
 */
export function programTrial(seed, { hostile = true } = {}) {
  const rng = new Rng(seed);
  const t = {
    statements: Array.from({ length: rng.int(1, 8) }, () => statement(rng)),
    memoryBytes: rng.pick([2, 3, 4, 8, 16, 32]) * 2 ** 20,
    limits: limits(rng),
    onOutput: rng.bool(0.3),
    abortAfterMs: rng.bool(0.1) ? rng.int(0, 200) : undefined,
  };
  // Drawn last, so that the rest of a seed's trial is the same either way.
  const k = rng.int(0, HOSTILE.length - 1);
  const call = rng.pick([`try:\n    x = hostile(${k})\nexcept Exception as e:\n    print(type(e).__name__)`,
    `try:\n    x = await hostile(${k})\nexcept Exception as e:\n    print(type(e).__name__)`, `hostile(${k})`]);
  if (hostile && rng.bool(0.2)) {
    t.hostile = k;
    t.statements.splice(rng.int(0, t.statements.length), 0, call);
  }
  if (hostile && rng.bool(0.08)) t.onOutputThrows = true;
  return t;
}

export const programSource = (t) => "x = s = d = i = 0\n" + t.statements.join("\n") + "\n";

/** Host functions that misbehave: they throw or reject with values that cannot be stringified (issue 11). */
const HOSTILE = [
  () => {
    throw Object.create(null);
  },
  () => {
    throw { toString: 0 };
  },
  () => {
    throw Symbol("s");
  },
  () => {
    throw undefined;
  },
  () => Promise.reject(Object.create(null)),
  () => Promise.reject({ toString: 0 }),
  () => ({ then: () => {
    throw { toString: 0 };
  } }),
  () => ({
    get a() {
      throw new Error("getter");
    },
  }),
  () => {
    const e = new Error("x");
    Object.defineProperty(e, "message", { get: () => {
      throw e;
    } });
    throw e;
  },
];

const functions = {
  hostile: (k) => HOSTILE[k](),
  echo: (v) => v,
  big: (n) => "b".repeat(Math.min(n, 1 << 24)),
  boom: () => {
    throw new Error("boom");
  },
  later: (v) => new Promise((resolve) => setTimeout(resolve, 1, v)),
};

/** Describes any thrown value, even one that cannot be stringified (HOSTILE throws some). */
export function describeError(e) {
  try {
    return String(e?.stack ?? e);
  } catch {
    return Object.prototype.toString.call(e);
  }
}

const utf8Length = (s) => new TextEncoder().encode(s).length;

/** Problems with one result; empty when it is well formed for `limits`. */
export function resultProblems(r, limits) {
  const p = [];
  if (typeof r !== "object" || r === null) return [`result is ${r}`];
  if (typeof r.ok !== "boolean") p.push("ok is not a boolean");
  if (typeof r.stdout !== "string" || typeof r.stderr !== "string") p.push("stdout/stderr not strings");
  const s = r.stats;
  if (!s || ![s.durationMs, s.fuelUsed, s.memoryBytes].every((x) => typeof x === "number" && Number.isFinite(x) && x >= 0)) p.push(`bad stats ${JSON.stringify(s)}`);
  if (r.ok && r.error) p.push("ok with an error");
  if (!r.ok && r.exitCode === undefined) {
    if (!r.error || !KINDS.has(r.error.kind) || typeof r.error.message !== "string") p.push(`bad error ${JSON.stringify(r.error)?.slice(0, 300)}`);
    else if (r.error.kind === "python" && typeof r.error.type !== "string") p.push("python error without a type");
  }
  if (r.error?.kind === "crash") p.push(`crash: ${r.error.message}`);
  if (r.exitCode !== undefined && !Number.isInteger(r.exitCode)) p.push(`exitCode ${r.exitCode}`);
  const max = limits.maxOutputBytes ?? 2 ** 20;
  if (typeof r.stdout === "string" && utf8Length(r.stdout) + utf8Length(r.stderr) > max) {
    const split = /\ufffd$/.test(r.stdout) || /\ufffd$/.test(r.stderr) ? "output ends in U+FFFD (a character cut by the cap)" : "output over the cap";
    p.push(`${split}: ${utf8Length(r.stdout)}+${utf8Length(r.stderr)} bytes, maxOutputBytes ${max}`);
  }
  // docs/limits.md: budget + budget/64 + 16 graces of 2^20 + the last bulk memory operation's
  // length / 4 (at most the memory's size) + the collections in progress (~2 units per byte of
  // heap each; a full heap can take a few).
  const fuelBound = limits.fuel + limits.fuel / 64 + 16 * 2 ** 20 + (limits.memoryBytes ?? 64 * 2 ** 20) * 8;
  if (limits.fuel !== undefined && s && s.fuelUsed > fuelBound) p.push(`fuelUsed over the fuel budget (kind ${r.error?.kind}): ${s.fuelUsed} > ${limits.fuel}`);
  return p;
}

/**
 * Runs one trial: `{ problems, result }`. `options` goes to Sandbox.create (e.g. `{ worker: false }`).
 * Checks the result, that run() resolved, and that the session then prints a sentinel.
 */
export async function checkProgram(api, t, options = {}) {
  const problems = [];
  const sb = await api.Sandbox.create({ ...options, memoryBytes: t.memoryBytes, functions });
  const tag = t.hostile !== undefined || t.onOutputThrows ? " (hostile host function or onOutput)" : "";
  let result;
  try {
    const ac = t.abortAfterMs !== undefined ? new AbortController() : undefined;
    const timer = ac && setTimeout(() => ac.abort(), t.abortAfterMs);
    const runOptions = { ...t.limits, signal: ac?.signal };
    if (t.onOutputThrows) {
      runOptions.onOutput = (text) => {
        throw new Error(`onOutput refuses ${text.length} characters`);
      };
    } else if (t.onOutput) {
      runOptions.onOutput = () => {};
    }
    const started = Date.now();
    try {
      result = await sb.run(programSource(t), runOptions);
    } catch (e) {
      problems.push(`run() rejected${tag}: ${describeError(e)}`);
    }
    clearTimeout(timer);
    const took = Date.now() - started;
    if (result) {
      problems.push(...resultProblems(result, t.limits).map((p) => (p.startsWith("crash:") ? `crash${tag}:${p.slice(6)}` : p)));
      // Worker sessions have the hard deadline a little after timeoutMs; inline ones only the soft
      // one, checked every few ms of guest work (README "Limits").
      if (took > t.limits.timeoutMs + 2000) problems.push(`${sb.worker ? "worker" : "inline"} run past its deadline: took ${took} ms, timeoutMs ${t.limits.timeoutMs}`);
    }
    const sentinel = async () => {
      try {
        // Fuel for a few collections of a full 64 MiB heap: GC work is charged (docs/limits.md).
        const after = await sb.run("print('sentinel')", { fuel: 10 ** 9, timeoutMs: 10000, maxOutputBytes: 1000 });
        return after.ok && after.stdout === "sentinel\n" ? true : after;
      } catch (e) {
        problems.push(`follow-up run() rejected${tag}: ${describeError(e)}`);
        return true;
      }
    };
    const first = await sentinel();
    if (first !== true) {
      // A program may keep the heap full: then the next run can fail with MemoryError, but the one
      // after must not (the guest's reserve was given back).
      const second = await sentinel();
      if (second !== true) problems.push(`not usable after${tag}: ${JSON.stringify(second).slice(0, 300)}`);
      else if (first.error?.kind === "memory") problems.push(`MemoryError once after a full heap: ${JSON.stringify(first.error).slice(0, 200)}`);
      else problems.push(`one failed run after${tag}: ${JSON.stringify(first).slice(0, 300)}`);
    }
    return { problems, result };
  } finally {
    try {
      sb.close();
    } catch (e) {
      problems.push(`close() threw${tag}: ${describeError(e)}`);
    }
  }
}
