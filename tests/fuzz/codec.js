// Fuzzing the value codec through real host functions (README "Host functions"): random JS values
// go JS -> Python -> JS (`get(i)` hands one to Python, `put(i, v)` hands it back) and random Python
// values go Python -> JS -> Python (`echo(i, v)`). Each value carries what the documented
// conversions make of it, so every unit is checked exactly. Plain JS: runs in every runtime.
import { Rng } from "./rng.js";

const utf8 = new TextEncoder();
/** What a JS string becomes in Python: UTF-8, a lone surrogate turned into U+FFFD. */
const wellFormed = (s) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(utf8.encode(s));

const CHARS = ["a", "Z", "0", " ", "\n", "\t", "\0", "\x7f", "'", '"', "\\", "é", "ß", "€", "中", "\u2028", "\ufeff", "😀", "𝄞"];
const KEYS = ["a", "b", "key", "", "__proto__", "constructor", "toString", "hasOwnProperty", "1", "0", "ключ", "😀", "a b"];

function randomString(rng, surrogates) {
  let s = "";
  for (let n = rng.size(24); n > 0; n--) {
    s += rng.weighted([
      [8, () => rng.pick(CHARS)],
      [4, () => String.fromCharCode(rng.int(32, 126))],
      [2, () => String.fromCodePoint(rng.int(0x80, 0xd7ff))],
      [1, () => String.fromCodePoint(rng.int(0x10000, 0x10ffff))],
      [surrogates ? 1 : 0, () => String.fromCharCode(rng.int(0xd800, 0xdfff))],
    ]);
  }
  return s;
}

const SAFE_INTS = [0, 1, -1, 7, 2 ** 30 - 1, 2 ** 30, -(2 ** 30) - 1, 2 ** 31, -(2 ** 31), 2 ** 32, 2 ** 53 - 1, -(2 ** 53 - 1)];
const FLOATS = [0.5, -1.5, 1e-300, 5e-324, 1.7976931348623157e308, 2 ** 53, -(2 ** 53), 2 ** 63, 1e21, 0.1, NaN, Infinity, -Infinity];
const BIGS = [2n ** 53n, -(2n ** 53n), 2n ** 63n, 2n ** 64n + 1n, -(10n ** 40n), 10n ** 100n, 5n, -3n, 0n, 2n ** 53n - 1n];

function randomDouble(rng) {
  const v = new DataView(new ArrayBuffer(8));
  v.setUint32(0, rng.u32());
  v.setUint32(4, rng.u32());
  return v.getFloat64(0);
}

// ---- JS -> Python -> JS -----------------------------------------------------------------------

/**
 * A random JS value: `{ value, back }` (what `put` must receive), or `{ value, bad: "get" }`
 * (Python's `get()` raises TypeError) or `bad: "put"` (crosses, but Python cannot send it back).
 */
export function jsValue(rng, depth = 0) {
  const leaf = depth >= 4 || rng.bool(0.55);
  if (leaf) {
    return rng.weighted([
      [1, () => ({ value: null, back: null })],
      [1, () => ({ value: undefined, back: null })],
      [1, () => {
        const b = rng.bool();
        return { value: b, back: b };
      }],
      [3, () => {
        const n = rng.bool(0.5) ? rng.pick(SAFE_INTS) : rng.int(-1e6, 1e6);
        return { value: n, back: n === 0 ? 0 : n };
      }],
      [1, () => ({ value: -0, back: 0 })],
      [3, () => {
        const d = rng.bool(0.6) ? rng.pick(FLOATS) : randomDouble(rng);
        return { value: d, back: Object.is(d, -0) ? 0 : d };
      }],
      [2, () => {
        const b = rng.bool(0.6) ? rng.pick(BIGS) : BigInt(rng.u32()) ** BigInt(rng.int(1, 6)) * (rng.bool() ? 1n : -1n);
        const safe = b >= -(2n ** 53n - 1n) && b <= 2n ** 53n - 1n;
        return { value: b, back: safe ? Number(b) : b };
      }],
      [4, () => {
        const s = randomString(rng, true);
        return { value: s, back: wellFormed(s) };
      }],
      [2, () => {
        const b = rng.bytes(rng.size(40));
        return rng.bool(0.3) ? { value: b.buffer, back: b } : { value: b, back: b.slice() };
      }],
      [1, () => ({ value: notCrossable(rng), bad: "get" })],
    ]);
  }
  return rng.weighted([
    [3, () => {
      const items = Array.from({ length: rng.size(8) }, () => jsValue(rng, depth + 1));
      return combine(items, (xs) => xs);
    }],
    [2, () => {
      const keys = [...new Set(Array.from({ length: rng.size(6) }, () => (rng.bool(0.7) ? rng.pick(KEYS) : randomString(rng, false))))];
      const entries = keys.map((k) => [k, jsValue(rng, depth + 1)]);
      const make = (vals) => {
        const o = rng.bool(0.2) ? Object.create(null) : {};
        keys.forEach((k, i) => Object.defineProperty(o, k, { value: vals[i], enumerable: true, writable: true, configurable: true }));
        return o;
      };
      const r = combine(entries.map(([, v]) => v), (vals) => vals);
      if (r.bad) return { value: make(r.value), bad: r.bad };
      return { value: make(r.value), back: plain(keys, r.back) };
    }],
    [1, () => {
      // A Map: string keys cross as a dict; a number key crosses too, but Python cannot send a
      // dict with int keys back.
      const numberKey = rng.bool(0.2);
      const keys = numberKey ? [rng.int(0, 9)] : [...new Set(Array.from({ length: rng.size(5) }, () => rng.pick(KEYS)))];
      const vals = keys.map(() => jsValue(rng, depth + 1));
      const r = combine(vals, (xs) => xs);
      const value = new Map(keys.map((k, i) => [k, r.value[i]]));
      if (r.bad === "get") return { value, bad: "get" };
      if (numberKey || r.bad) return { value, bad: "put" };
      return { value, back: plain(keys, r.back) };
    }],
    [0.3, () => {
      // Deep nesting: within the documented 256 levels it crosses, far beyond it is refused.
      const d = rng.bool() ? rng.int(10, 200) : rng.int(300, 1000);
      let value = [];
      for (let i = 0; i < d; i++) value = [value];
      return d <= 200 ? { value, back: value } : { value, bad: "get" };
    }],
  ]);
}

function plain(keys, vals) {
  const o = {};
  keys.forEach((k, i) => Object.defineProperty(o, String(k), { value: vals[i], enumerable: true, writable: true, configurable: true }));
  return o;
}

/** Combines generated children: the first "get" failure wins, then "put". */
function combine(items, build) {
  const value = build(items.map((x) => x.value));
  const bad = items.some((x) => x.bad === "get") ? "get" : items.some((x) => x.bad === "put") ? "put" : undefined;
  if (bad) return { value, bad };
  return { value, back: build(items.map((x) => x.back)) };
}

class Point {
  constructor() {
    this.x = 1;
  }
}

function notCrossable(rng) {
  return rng.pick([
    () => () => 1,
    () => Symbol("s"),
    () => new Date(0),
    () => new Set([1]),
    () => new Int16Array(2),
    () => new Uint8ClampedArray(1),
    () => /re/,
    () => new Point(),
    () => new Error("e"),
    () => {
      const a = [];
      a.push(a);
      return a;
    },
  ])();
}

/** Deep equality for values that crossed: numbers by Object.is, objects by keys in any order. */
export function sameJs(a, b) {
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) return Object.is(a, b);
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    return a instanceof Uint8Array && b instanceof Uint8Array && a.length === b.length && a.every((x, i) => x === b[i]);
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJs(x, b[i]));
  }
  const ka = Object.keys(a), kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && sameJs(a[k], b[k]));
}

const PUT_PROGRAM = (n) => `
for i in range(${n}):
    try:
        v = get(i)
    except Exception as e:
        print(i, 'get', type(e).__name__, repr(str(e)[:150]))
        continue
    try:
        put(i, v)
    except Exception as e:
        print(i, 'put', type(e).__name__, repr(str(e)[:150]))
`;

const SMALL_INT = 2 ** 30; // MicroPython's small ints on wasm32: below this, an int is sent as INT

/** Bytes of the codec's encoding of a JS value that can cross (docs/architecture.md). */
function jsSize(v) {
  if (v === null || v === undefined || typeof v === "boolean") return 1;
  if (typeof v === "number") return 9;
  if (typeof v === "bigint") return 5 + String(v).length;
  if (typeof v === "string") return 5 + utf8.encode(v).length;
  if (v instanceof Uint8Array || v instanceof ArrayBuffer) return 5 + v.byteLength;
  if (Array.isArray(v)) return v.reduce((n, x) => n + jsSize(x), 5);
  if (v instanceof Map) return [...v].reduce((n, [k, x]) => n + jsSize(k) + jsSize(x), 5);
  return Object.keys(v).reduce((n, k) => n + jsSize(k) + jsSize(v[k]), 5);
}

/** Bytes of the guest's encoding of the Python value that `back` (a JS value) came from. */
function pySize(v) {
  const int = (n) => (n > -SMALL_INT - 1 && n < SMALL_INT ? 9 : 5 + String(n).length);
  if (typeof v === "number") return Number.isSafeInteger(v) ? int(v) : 9;
  if (typeof v === "bigint") return int(v);
  if (Array.isArray(v)) return v.reduce((n, x) => n + pySize(x), 5);
  if (v && typeof v === "object" && !(v instanceof Uint8Array)) return Object.keys(v).reduce((n, k) => n + jsSize(k) + pySize(v[k]), 5);
  return jsSize(v);
}

/**
 * One trial of JS -> Python -> JS with `units` (from jsValue): a list of failures, each with the
 * unit's index and what went wrong. `options` go to Sandbox.create (e.g. `{ worker: false }`);
 * with a small `maxValueBytes`, a value larger than it encoded must raise ValueError instead.
 */
export async function checkJsValues(api, units, options = {}) {
  const got = new Map();
  const max = options.maxValueBytes ?? 8 * 2 ** 20;
  const sb = await api.Sandbox.create({
    ...options,
    functions: { get: (i) => units[i].value, put: (i, v) => void got.set(i, v) },
  });
  try {
    const r = await sb.run(PUT_PROGRAM(units.length), { timeoutMs: 20000 });
    const failures = [];
    if (!r.ok) return [{ unit: -1, what: `run failed: ${JSON.stringify(r.error)}` }];
    const lines = new Map(r.stdout.split("\n").filter(Boolean).map((l) => [Number(l.split(" ")[0]), l.split(" ").slice(1).join(" ")]));
    const fail = (i, what) => failures.push({ unit: i, what });
    units.forEach((u, i) => {
      const line = lines.get(i);
      const tooBig = line?.includes("larger than maxValueBytes");
      if (19 > max) {
        // The call get(i) itself (index, tuple of one small int, no keywords) is 19 bytes.
        if (!(line?.startsWith("get ValueError ") && tooBig)) fail(i, `get() with arguments over maxValueBytes should raise ValueError: got ${line ?? "a value"}`);
      } else if (u.bad === "get") {
        // Encoding stops at the first problem: the unconvertible part, or the size.
        if (!line?.startsWith("get TypeError ") && !(line?.startsWith("get ValueError ") && tooBig)) fail(i, `get() should raise TypeError: got ${line ?? "a value"}`);
      } else if (jsSize(u.value) > max) {
        if (!(line?.startsWith("get ValueError ") && tooBig)) fail(i, `get() of a value over maxValueBytes should raise ValueError: got ${line ?? "a value"}`);
      } else if (u.bad === "put") {
        if (!line?.startsWith("put TypeError ")) fail(i, `put() should raise TypeError: got ${line ?? "no error"}`);
      } else if (pySize(u.back) + 19 > max) {
        if (!(line?.startsWith("put ValueError ") && tooBig)) fail(i, `put() of arguments over maxValueBytes should raise ValueError: got ${line ?? "no error"}`);
      } else if (line !== undefined) {
        fail(i, `unexpected error: ${line}`);
      } else if (!sameJs(got.get(i), u.back)) {
        fail(i, `${wrong(got.get(i), u.back)}: came back as ${showJs(got.get(i))}, expected ${showJs(u.back)}`);
      }
    });
    return failures;
  } finally {
    sb.close();
  }
}

// ---- Python -> JS -> Python -------------------------------------------------------------------

const pyStr = (s) => {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (c >= 32 && c < 127 && ch !== '"' && ch !== "\\") out += ch;
    else if (c < 0x10000) out += `\\u${c.toString(16).padStart(4, "0")}`;
    else out += `\\U${c.toString(16).padStart(8, "0")}`;
  }
  return out + '"';
};
const pyBytes = (b) => `b'${Array.from(b, (x) => `\\x${x.toString(16).padStart(2, "0")}`).join("")}'`;

function pyFloat(d) {
  if (Number.isNaN(d)) return "float('nan')";
  if (d === Infinity) return "float('inf')";
  if (d === -Infinity) return "float('-inf')";
  if (Object.is(d, -0)) return "-0.0";
  const s = String(d);
  return /[.e]/.test(s) ? s : `${s}.0`;
}

/**
 * A random Python value: `{ py }` (source), `js` (what the host function must receive) and `back`
 * (source of what Python gets back), or `bad: true` when Python cannot pass it (TypeError).
 */
export function pyValue(rng, depth = 0) {
  const leaf = depth >= 4 || rng.bool(0.55);
  if (leaf) {
    return rng.weighted([
      [1, { py: "None", js: null, back: "None" }],
      [1, () => (rng.bool() ? { py: "True", js: true, back: "True" } : { py: "False", js: false, back: "False" })],
      [4, () => {
        const b = rng.weighted([[2, () => BigInt(rng.pick(SAFE_INTS))], [2, () => rng.pick(BIGS)], [2, () => BigInt(rng.int(-1e6, 1e6))],
          [1, () => BigInt(rng.u32()) ** BigInt(rng.int(1, 8)) * (rng.bool() ? 1n : -1n)]]);
        const safe = b >= -(2n ** 53n - 1n) && b <= 2n ** 53n - 1n;
        return { py: `(${b})`, js: safe ? Number(b) : b, back: `(${b})` };
      }],
      [3, () => {
        const d = rng.bool(0.6) ? rng.pick([...FLOATS, -0, 1, -7, 2 ** 52]) : randomDouble(rng);
        // A float that is a safe integer comes back as an int.
        const back = Number.isSafeInteger(d) ? String(d === 0 ? 0 : d) : pyFloat(d);
        return { py: pyFloat(d), js: d, back };
      }],
      [4, () => {
        const s = randomString(rng, false);
        return { py: pyStr(s), js: s, back: pyStr(s) };
      }],
      [2, () => {
        const b = rng.bytes(rng.size(40));
        return { py: rng.bool(0.3) ? `bytearray(${pyBytes(b)})` : pyBytes(b), js: b, back: pyBytes(b) };
      }],
      [1, () => ({ py: rng.pick(["{1, 2}", "range(3)", "object()", "{1: 2}", "len", "1j", "(lambda: 0)", "{(1,): 'x'}", "ValueError()", "memoryview(b'a')"]), bad: true })],
    ]);
  }
  return rng.weighted([
    [3, () => {
      const items = Array.from({ length: rng.size(8) }, () => pyValue(rng, depth + 1));
      const tuple = rng.bool(0.3);
      const src = items.map((x) => x.py).join(", ");
      return {
        py: tuple ? `(${src}${items.length === 1 ? "," : ""})` : `[${src}]`,
        js: items.map((x) => x.js),
        back: `[${items.map((x) => x.back).join(", ")}]`,
        bad: items.some((x) => x.bad),
        deep: items.some((x) => x.deep),
      };
    }],
    [2, () => {
      const keys = [...new Set(Array.from({ length: rng.size(6) }, () => (rng.bool(0.7) ? rng.pick(KEYS) : randomString(rng, false))))];
      const vals = keys.map(() => pyValue(rng, depth + 1));
      return {
        py: `{${keys.map((k, i) => `${pyStr(k)}: ${vals[i].py}`).join(", ")}}`,
        js: plain(keys, vals.map((v) => v.js)),
        back: `{${keys.map((k, i) => `${pyStr(k)}: ${vals[i].back}`).join(", ")}}`,
        bad: vals.some((v) => v.bad),
        deep: vals.some((v) => v.deep),
      };
    }],
    [0.3, () => {
      const d = rng.bool() ? rng.int(10, 200) : rng.int(300, 1000);
      let js = [];
      for (let i = 0; i < d; i++) js = [js];
      return { py: `nest(${d})`, js, back: `nest(${d})`, deep: d > 256 };
    }],
  ]);
}

const ECHO_PRELUDE = `
def same(a, b):
    todo = [(a, b)]
    while todo:
        a, b = todo.pop()
        if type(a) is not type(b):
            return False
        if type(a) is float:
            if not (a == b or (a != a and b != b)):
                return False
        elif type(a) is list:
            if len(a) != len(b):
                return False
            todo.extend(zip(a, b))
        elif type(a) is dict:
            if len(a) != len(b) or any(k not in b for k in a):
                return False
            todo.extend((a[k], b[k]) for k in a)
        elif a != b:
            return False
    return True
def nest(d):
    x = []
    for _ in range(d):
        x = [x]
    return x
def t(i, make, back):
    try:
        r = echo(i, make())
    except Exception as e:
        print(i, 'raised', type(e).__name__, repr(str(e)[:150]))
        return
    print(i, 'ok' if same(r, back()) else 'differs ' + repr(r)[:300])
`;

/** The Python program for a trial of Python -> JS -> Python. */
export const echoProgram = (units) =>
  ECHO_PRELUDE + units.map((u, i) => `t(${i}, lambda: ${u.py}, lambda: ${u.bad ? "None" : u.back})`).join("\n") + "\n";

/** One trial of Python -> JS -> Python with `units` (from pyValue): a list of failures. */
export async function checkPyValues(api, units, options = {}) {
  const seen = new Map();
  const sb = await api.Sandbox.create({ ...options, functions: { echo: (i, v) => (seen.set(i, v), v) } });
  try {
    const r = await sb.run(echoProgram(units), { timeoutMs: 20000 });
    if (!r.ok) return [{ unit: -1, what: `run failed: ${JSON.stringify(r.error)}` }];
    const lines = new Map(r.stdout.split("\n").filter(Boolean).map((l) => [Number(l.split(" ")[0]), l.split(" ").slice(1).join(" ")]));
    const failures = [];
    units.forEach((u, i) => {
      const line = lines.get(i);
      if (u.bad) {
        if (!line?.startsWith("raised TypeError ") || seen.has(i)) failures.push({ unit: i, what: `should raise TypeError without calling echo: got ${line}` });
      } else if (u.deep) {
        // Beyond 256 levels the value may be refused (either way), never crash or come back wrong.
        if (line !== "ok" && !/^raised (TypeError|ValueError|RuntimeError) /.test(line)) failures.push({ unit: i, what: `deep value: ${line}` });
      } else if (seen.has(i) && !sameJs(seen.get(i), u.js)) {
        failures.push({ unit: i, what: `${wrong(seen.get(i), u.js)}: echo received ${showJs(seen.get(i))}, expected ${showJs(u.js)}` });
      } else if (line !== "ok") {
        failures.push({ unit: i, what: `unexpected result ${line?.split(" ")[0]}: ${line}` });
      }
    });
    return failures;
  } finally {
    sb.close();
  }
}

/** Deep copy of `v` with a leading U+FEFF dropped from every string (and key). */
function stripBom(v) {
  const s = (x) => (typeof x === "string" && x.startsWith("\ufeff") ? x.slice(1) : x);
  if (Array.isArray(v)) return v.map(stripBom);
  if (v && typeof v === "object" && !(v instanceof Uint8Array)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [s(k), stripBom(x)]));
  return s(v);
}

/** Whether any string (or key) in `v` starts with U+FEFF. */
function hasLeadingBom(v) {
  if (typeof v === "string") return v.startsWith("\ufeff");
  if (Array.isArray(v)) return v.some(hasLeadingBom);
  if (v && typeof v === "object" && !(v instanceof Uint8Array)) return Object.entries(v).some(([k, x]) => hasLeadingBom(k) || hasLeadingBom(x));
  return false;
}

/**
 * The class of a wrong value: a dropped leading U+FEFF (a TextDecoder default; as a dict key it
 * can also merge two keys) or anything else.
 */
const wrong = (got, expected) =>
  sameJs(got, stripBom(expected)) || (hasLeadingBom(expected) && !sameJs(got, expected)) ? "leading U+FEFF dropped" : "wrong value";

export function showJs(v, depth = 0) {
  if (depth > 6) return "…";
  if (v === null || v === undefined) return String(v);
  if (typeof v === "bigint") return `${v}n`;
  if (typeof v === "number") return Object.is(v, -0) ? "-0" : String(v);
  if (typeof v === "string") return JSON.stringify(v);
  if (v instanceof Uint8Array) return `Uint8Array[${v.join(",")}]`;
  if (v instanceof ArrayBuffer) return `ArrayBuffer[${new Uint8Array(v).join(",")}]`;
  if (Array.isArray(v)) return `[${v.map((x) => showJs(x, depth + 1)).join(", ")}]`;
  if (v instanceof Map) return `Map{${[...v].map(([k, x]) => `${showJs(k)} => ${showJs(x, depth + 1)}`).join(", ")}}`;
  if (v && typeof v === "object" && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null)) {
    return `{${Object.keys(v).map((k) => `${JSON.stringify(k)}: ${showJs(v[k], depth + 1)}`).join(", ")}}`;
  }
  if (typeof v === "symbol") return v.toString();
  return `<${typeof v === "function" ? "function" : Object.getPrototypeOf(v)?.constructor?.name}>`;
}

/** Random units for one trial of each direction. */
export const jsUnits = (seed, n) => {
  const rng = new Rng(seed);
  return Array.from({ length: n }, () => jsValue(rng));
};
export const pyUnits = (seed, n) => {
  const rng = new Rng(seed);
  return Array.from({ length: n }, () => pyValue(rng));
};
