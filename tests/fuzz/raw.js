// Raw bytes against both decoders of the value codec (Node only: it loads the package's files).
// - The guest's: the real guest and real host wasm (pkg/host.js's Sandbox, as core.js drives it)
//   with our own bridge object, whose `call()` answers every host call with fuzzed reply bytes,
//   and `resume()` settles awaited promises with fuzzed bytes. The guest must raise a Python
//   exception for anything malformed, never trap, and stay usable.
// - The host's: pkg/codec.js decodeRequest on fuzzed requests must return or throw CodecError,
//   and read nothing outside the request.
import { load } from "../../pkg/node-load.js";
import { CodecError, decodeRequest, encodeValue } from "../../pkg/codec.js";
import { jsValue } from "./codec.js";

const NONE = 0, INT = 3, BIGINT = 4, FLOAT = 5, STR = 6, BYTES = 7, LIST = 8, TUPLE = 9, DICT = 10, PROMISE = 11, ERROR = 12, SETTLED = 13;

let guest;

/** A valid encoding of a random value (pkg/codec.js's own encoder), or of an error. */
function validReply(rng) {
  if (rng.bool(0.15)) {
    const type = rng.pick(["TypeError", "ValueError", "KeyError", "MemoryError", "OSError", "SystemExit", "KeyboardInterrupt", "HostError", "x".repeat(300), ""]);
    const msg = utf8(rng.pick(["", "boom", "\u00e9".repeat(rng.size(100))]));
    return cat([ERROR], str(utf8(type)), str(msg));
  }
  const { value } = jsValue(rng);
  return encodeValue(value, 1 << 20, "value").slice();
}

const utf8 = (s) => new TextEncoder().encode(s);
const u32 = (n) => new Uint8Array(new Uint32Array([n >>> 0]).buffer);
const str = (bytes) => cat(u32(bytes.length), bytes);
function cat(...parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p instanceof Uint8Array ? p : Uint8Array.from(p), at);
    at += p.length;
  }
  return out;
}

/** Tag-aware garbage: well-framed values with wrong lengths, bad UTF-8, bad digits, odd tags. */
function structured(rng, depth = 0) {
  const lenField = (real) => u32(rng.weighted([[6, real], [1, real + rng.int(1, 8)], [1, rng.u32()], [1, 0xffffffff], [1, 0x7fffffff]]));
  return rng.weighted([
    [1, () => [rng.int(0, 2)]],
    [1, () => cat([rng.pick([INT, FLOAT])], rng.bytes(8))],
    [1, () => cat([INT], new Uint8Array(new Float64Array([rng.pick([NaN, Infinity, -Infinity, 1e300, -1e19, 2 ** 63, 0.5])]).buffer))],
    [2, () => {
      const digits = utf8(rng.pick(["", "-", "+1", "12a", "0x10", "1_000", " 5", "9".repeat(rng.int(1, 3000)), "-0", "١٢"]));
      return cat([BIGINT], lenField(digits.length), digits);
    }],
    [2, () => {
      const b = rng.bool() ? rng.bytes(rng.size(20)) : Uint8Array.from([0xff, 0xc0, 0x80, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80].slice(0, rng.int(1, 10)));
      return cat([rng.pick([STR, BYTES])], lenField(b.length), b);
    }],
    [depth < 6 ? 2 : 0, () => {
      const items = Array.from({ length: rng.size(5) }, () => structured(rng, depth + 1));
      return cat([rng.pick([LIST, TUPLE])], lenField(items.length), ...items);
    }],
    [depth < 6 ? 2 : 0, () => {
      const n = rng.size(4);
      const items = Array.from({ length: 2 * n }, (_, i) => (i % 2 === 0 && rng.bool(0.8) ? cat([STR], str(utf8(rng.pick(["a", "b", ""])))) : structured(rng, depth + 1)));
      return cat([DICT], lenField(n), ...items);
    }],
    [1, () => cat([PROMISE], u32(rng.pick([0, 1, 2, rng.u32()])))],
    [depth < 6 ? 1 : 0, () => cat([SETTLED], rng.bool(0.4) ? cat([ERROR], str(utf8("ValueError")), str(utf8("x"))) : structured(rng, depth + 1))],
    [1, () => cat([ERROR], str(utf8(rng.pick(["TypeError", "KeyError", "zz"]))), rng.bytes(rng.size(6)))],
    [0.5, () => [rng.int(14, 255)]],
    [0.3, () => {
      const d = rng.int(100, 5000);
      return cat(...Array.from({ length: d }, () => cat([rng.pick([LIST, TUPLE])], u32(1))), [NONE]);
    }],
  ]);
}

/** Flips, truncates, extends, splices or overwrites length fields of `bytes`. */
function mutate(rng, bytes) {
  const b = Array.from(bytes);
  for (let n = rng.int(1, 4); n > 0; n--) {
    rng.weighted([
      [3, () => b.length && (b[rng.int(0, b.length - 1)] ^= 1 << rng.int(0, 7))],
      [2, () => b.length && (b[rng.int(0, b.length - 1)] = rng.int(0, 255))],
      [2, () => b.splice(rng.int(0, b.length), b.length)],
      [1, () => b.splice(rng.int(0, b.length), 0, ...rng.bytes(rng.int(1, 8)))],
      [2, () => {
        if (b.length < 5) return;
        const at = rng.int(0, b.length - 4);
        b.splice(at, 4, ...u32(rng.pick([0, 1, 0xffffffff, 0x7fffffff, 0x10000, rng.u32()])));
      }],
    ]);
  }
  return Uint8Array.from(b);
}

/** One fuzzed reply. */
export function fuzzReply(rng) {
  return rng.weighted([
    [3, () => validReply(rng)],
    [4, () => mutate(rng, validReply(rng))],
    [4, () => structured(rng)],
    [2, () => mutate(rng, structured(rng))],
    [1, () => rng.bytes(rng.size(64))],
  ]);
}

/** Answers every call with the next of `replies` (a reply longer than `cap` goes through `reply`). */
class FuzzBridge {
  names = ["f"];
  #kept;

  constructor(next) {
    this.next = next;
  }

  call(memory, req, len, buf, cap) {
    const out = this.next();
    if (out.length <= cap) new Uint8Array(memory.buffer, buf, out.length).set(out);
    else this.#kept = out;
    return out.length;
  }

  reply(memory, ptr) {
    const out = this.#kept;
    this.#kept = undefined;
    if (out && ptr + out.length <= memory.buffer.byteLength) new Uint8Array(memory.buffer).set(out, ptr);
  }
}

export const REPLY_PROGRAM = (n) => `
for i in range(${n}):
    try:
        r = f(i)
        if type(r).__name__ == 'HostPromise':
            r = await r
        print(i, 'ok', type(r).__name__, len(repr(r)))
    except Exception as e:
        print(i, 'exc', type(e).__name__)
`;

const KINDS_OK = new Set(["python", "memory", "fuel", "timeout"]);

/**
 * Runs `replies` (one list per trial: the replies to calls and resumes, in order) through the real
 * guest, with a program making as many calls: returns a failure description, or null.
 */
export async function checkReplies(replies) {
  const n = replies.length;
  guest ??= await load(); // { Sandbox, guest }: the host's class and the compiled guest
  const host = new guest.Sandbox(guest.guest, { memoryBytes: 16 << 20, fuel: 5e8, timeoutMs: 20000 });
  let i = 0;
  const next = () => replies[i++] ?? new Uint8Array([NONE]);
  host.defineFunctions(["f"], new FuzzBridge(next));
  try {
    let r = host.run(REPLY_PROGRAM(n), {});
    while (r.pending !== undefined) r = host.resume(next());
    if (!r.ok && !KINDS_OK.has(r.error?.kind)) return `run ended with kind ${r.error?.kind}: ${JSON.stringify(r.error)}`;
    if (r.ok && r.stdout.split("\n").filter(Boolean).length !== n) return `wrong line count: expected ${n} lines, got ${JSON.stringify(r.stdout.slice(0, 500))}`;
    const after = host.run("print('alive')", {});
    if (!after.ok || after.stdout !== "alive\n") return `not usable after: ${JSON.stringify(after)}`;
    return null;
  } catch (e) {
    return `the host threw: ${e?.stack ?? e}`;
  } finally {
    host.free();
  }
}

// ---- requests into decodeRequest ------------------------------------------------------------

/** A valid request: function index, tuple of args, None or a dict of keyword args. */
function validRequest(rng) {
  const args = encodeValue(Array.from({ length: rng.size(4) }, () => jsValue(rng).value).map((v) => v), 1 << 20, "args").slice();
  if (args[0] === LIST) args[0] = TUPLE;
  const kwargs = rng.bool(0.3) ? encodeValue({ key: jsValue(rng).value }, 1 << 20, "kw").slice() : Uint8Array.of(NONE);
  return cat(u32(rng.int(0, 3)), args, kwargs);
}

export function fuzzRequest(rng) {
  return rng.weighted([
    [3, () => mutate(rng, validRequest(rng))],
    [3, () => cat(u32(0), [TUPLE], u32(rng.int(0, 3)), structured(rng), structured(rng), [NONE])],
    [1, () => cat(u32(0), structured(rng), structured(rng))],
    [1, () => rng.bytes(rng.size(32))],
  ]);
}

/**
 * decodeRequest on `request` placed inside two different surroundings: it must return the same
 * thing both times (reading only the request) or throw CodecError. Returns a failure or null.
 */
export function checkRequest(request, rng) {
  const outcomes = [0xaa, 0x55].map((fill) => {
    const pad = rng.int(0, 16);
    const buffer = new Uint8Array(pad + request.length + rng.pick([0, 64])).fill(fill);
    buffer.set(request, pad);
    try {
      return { value: decodeRequest(buffer.buffer, pad, request.length) };
    } catch (e) {
      return { error: e };
    }
  });
  for (const o of outcomes) {
    if (o.error && !(o.error instanceof CodecError)) return `threw ${o.error?.constructor?.name}: ${String(o.error?.message).slice(0, 200)}`;
  }
  const show = (o) => (o.error ? "CodecError" : serialize(o.value));
  if (show(outcomes[0]) !== show(outcomes[1])) return `depends on bytes outside the request: ${show(outcomes[0]).slice(0, 200)} vs ${show(outcomes[1]).slice(0, 200)}`;
  return null;
}

/** A decoded value as text, iteratively (decoded values may nest thousands deep). */
function serialize(root) {
  const out = [];
  const todo = [root];
  while (todo.length) {
    const v = todo.pop();
    if (typeof v === "string" && v.startsWith("\0close")) out.push(v.slice(6));
    else if (Array.isArray(v)) todo.push("\0close]", ...[...v].reverse(), "[");
    else if (v instanceof Uint8Array) out.push(`b${hex(v)}`);
    else if (v && typeof v === "object") todo.push("\0close}", ...Object.entries(v).reverse().flatMap(([k, x]) => [x, `${JSON.stringify(k)}:`]));
    else out.push(typeof v === "bigint" ? `${v}n` : typeof v === "string" ? JSON.stringify(v) : String(v));
  }
  return out.join(",");
}

export const hex = (b) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
