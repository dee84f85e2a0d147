// The value codec between Python and host functions: the JS half of guest/hostcall.c's format
// (docs/architecture.md, "Host functions"). Little-endian; every value starts with a tag byte.

const NONE = 0, FALSE = 1, TRUE = 2, INT = 3, BIGINT = 4, FLOAT = 5, STR = 6, BYTES = 7;
const LIST = 8, TUPLE = 9, DICT = 10, PROMISE = 11, ERROR = 12, SETTLED = 13;

const MAX_DEPTH = 256;
const KEEP_BYTES = 64 * 1024; // the scratch buffer is reallocated after a value larger than this
const utf8 = new TextEncoder();
// ignoreBOM: a leading U+FEFF is part of the string, not a byte order mark to drop.
const text = new TextDecoder("utf-8", { ignoreBOM: true });

/** A value that cannot cross (Python gets a TypeError). */
export class CodecError extends TypeError {}
/** A value larger than `maxValueBytes` (Python gets a ValueError). */
class SizeError extends RangeError {}

/** What a value is, for a message; never throws, whatever `v` is (a Proxy, a revoked one, …). */
function describe(v) {
  if (typeof v === "function") return "a function";
  if (typeof v === "symbol") return "a symbol";
  if (typeof v === "number") return String(v);
  try {
    const name = Object.getPrototypeOf(v)?.constructor?.name;
    if (typeof name === "string" && name) return `${/^[aeiou]/i.test(name) ? "an" : "a"} ${name.slice(0, 100)}`;
  } catch {}
  return "an object";
}

const isPlainObject = (v) => {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** Appends values to a growing buffer, refusing to pass `max` bytes. */
class Writer {
  buf = new Uint8Array(256);
  view = new DataView(this.buf.buffer);
  len = 0;

  /** Starts a new value, reusing the buffer: `done()`'s bytes are valid until the next start. */
  start(max, what) {
    this.shrink(); // a value that failed part-way may have grown it
    this.len = 0;
    this.max = max;
    this.what = what;
    return this;
  }

  reserve(n) {
    const need = this.len + n;
    if (need > this.max) throw new SizeError(`${this.what} is larger than maxValueBytes (${this.max} bytes)`);
    if (need <= this.buf.length) return;
    const grown = new Uint8Array(Math.min(Math.max(need, this.buf.length * 2), Math.max(this.max, 256)));
    grown.set(this.buf.subarray(0, this.len));
    this.buf = grown;
    this.view = new DataView(grown.buffer);
  }

  byte(b) {
    this.reserve(1);
    this.buf[this.len++] = b;
  }

  u32(n) {
    this.reserve(4);
    this.view.setUint32(this.len, n, true);
    this.len += 4;
  }

  f64(tag, d) {
    this.reserve(9);
    this.buf[this.len] = tag;
    this.view.setFloat64(this.len + 1, d, true);
    this.len += 9;
  }

  bytes(tag, bytes) {
    this.byte(tag);
    this.u32(bytes.length);
    this.reserve(bytes.length);
    this.buf.set(bytes, this.len);
    this.len += bytes.length;
  }

  /** A string: tagged as a value, or (`tag` null) bare, as in an error. */
  str(s, tag = STR) {
    if (s.length > this.max - this.len) this.reserve(s.length); // throws: UTF-8 is never shorter
    if (tag !== null) this.byte(tag);
    const at = this.len;
    this.u32(0);
    let written;
    if (this.len + s.length * 3 <= this.max) {
      this.reserve(s.length * 3); // the most UTF-8 a UTF-16 string can take
      written = utf8.encodeInto(s, this.buf.subarray(this.len)).written;
    } else {
      const bytes = utf8.encode(s);
      this.reserve(bytes.length);
      this.buf.set(bytes, this.len);
      written = bytes.length;
    }
    this.view.setUint32(at, written, true);
    this.len += written;
  }

  value(v, depth = 0) {
    if (depth > MAX_DEPTH) throw new CodecError(`${this.what} is nested more than ${MAX_DEPTH} deep (a cycle?)`);
    switch (typeof v) {
      case "undefined":
        return this.byte(NONE);
      case "boolean":
        return this.byte(v ? TRUE : FALSE);
      case "number":
        return this.f64(Number.isSafeInteger(v) ? INT : FLOAT, v);
      case "bigint":
        return this.bytes(BIGINT, utf8.encode(v.toString()));
      case "string":
        return this.str(v);
    }
    if (v === null) return this.byte(NONE);
    if (typeof v === "object") {
      if (v instanceof Uint8Array) return this.bytes(BYTES, v);
      if (v instanceof ArrayBuffer) return this.bytes(BYTES, new Uint8Array(v));
      // Counts are what was written, not what `length`/`size` claim: a Proxy or an own
      // Symbol.iterator could make the two differ.
      if (Array.isArray(v)) {
        const count = this.count(LIST);
        const n = v.length;
        for (let i = 0; i < n; i++) this.value(v[i], depth + 1);
        return this.patch(count, n);
      }
      if (v instanceof Map) {
        const count = this.count(DICT);
        let n = 0;
        for (const [key, item] of mapEntries(v)) {
          this.value(key, depth + 1);
          this.value(item, depth + 1);
          n++;
        }
        return this.patch(count, n);
      }
      if (isPlainObject(v)) {
        const keys = Object.keys(v);
        this.byte(DICT);
        this.u32(keys.length);
        for (const key of keys) {
          this.str(key);
          this.value(v[key], depth + 1);
        }
        return;
      }
    }
    throw new CodecError(`${this.what} contains ${describe(v)}, which has no Python equivalent ` +
      "(null, booleans, numbers, BigInts, strings, Uint8Arrays, arrays, Maps and plain objects do)");
  }

  /** A tag and a placeholder count; returns where the count goes. */
  count(tag) {
    this.byte(tag);
    this.u32(0);
    return this.len - 4;
  }

  patch(at, n) {
    if (n > 0xffffffff) throw new CodecError(`${this.what} has too many items`);
    this.view.setUint32(at, n, true);
  }

  done() {
    const out = this.buf.subarray(0, this.len);
    this.shrink(); // a big value takes its buffer with it: it is not kept for the life of the process
    return out;
  }

  shrink() {
    if (this.buf.length <= KEEP_BYTES) return;
    this.buf = new Uint8Array(256);
    this.view = new DataView(this.buf.buffer);
  }
}

const mapEntries = Function.prototype.call.bind(Map.prototype.entries);

const scratch = new Writer(); // replies are copied out at once: one buffer serves them all

const MAX_MESSAGE = 4096; // UTF-16 units of an error message
/** The largest error reply: tag, a short type name, MAX_MESSAGE units (each 3 UTF-8 bytes at most) and "…". */
export const MAX_ERROR_BYTES = 1 + 4 + 64 + 4 + 3 * (MAX_MESSAGE + 1);

/** `s` if it is a string, capped for a message; else undefined. */
const capped = (s) => (typeof s !== "string" ? undefined : s.length > MAX_MESSAGE ? s.slice(0, MAX_MESSAGE) + "…" : s);

/** `o[key]` if reading it works and gives a string (capped); else undefined. */
function field(o, key) {
  try {
    return capped(o[key]);
  } catch {
    return undefined;
  }
}

/** `e instanceof type`, false where asking throws (a revoked Proxy). */
function isA(e, type) {
  try {
    return e instanceof type;
  } catch {
    return false;
  }
}

/**
 * What a thrown value says: an Error's "<name>: <message>", another value's String(), or, when
 * reading those throws or gives no string (a Proxy, `{ toString: 0 }`, a getter that throws…),
 * what kind of value it is. Never throws.
 */
export function describeThrown(e) {
  if (isA(e, Error)) {
    const message = field(e, "message");
    if (message !== undefined) return `${field(e, "name") ?? "Error"}: ${message}`;
  }
  try {
    const s = capped(String(e));
    if (s !== undefined) return s;
  } catch {}
  return `${describe(e)} that cannot be shown as a string`;
}

/** The Python exception a thrown JS value becomes: TypeError, ValueError or host.HostError. */
function errorParts(e) {
  if (isA(e, TypeError)) return ["TypeError", field(e, "message") ?? describeThrown(e)];
  if (isA(e, RangeError)) return ["ValueError", field(e, "message") ?? describeThrown(e)];
  return ["HostError", describeThrown(e)];
}

/**
 * A reply: `value` or, if it cannot cross, the error saying why (also when reading it throws: a
 * getter, a Proxy trap). Like every encode* function it never throws and returns a view of a
 * shared buffer, valid until the next encode.
 */
export function encodeValue(value, max, what) {
  try {
    const w = scratch.start(max, what);
    w.value(value);
    return w.done();
  } catch (e) {
    return encodeError(e);
  }
}

/** A reply raising the thrown value `error` in Python, as its type and message (errorParts). */
export function encodeError(error) {
  return encodeException(...errorParts(error));
}

/** A reply raising Python's `type` (a name guest/hostcall.c knows, else HostError) with `message`. */
export function encodeException(type, message) {
  const w = scratch.start(Infinity, "error");
  w.byte(ERROR);
  w.str(type, null);
  w.str(message, null);
  return w.done();
}

/** A reply handing Python a HostPromise for the host's promise `id`. */
export function encodePromise(id) {
  const w = scratch.start(Infinity, "promise");
  w.byte(PROMISE);
  w.u32(id);
  return w.done();
}

/** The reply for a settled promise (`{ ok, value }` or `{ ok: false, error }`): its value or error. */
export function encodeOutcome(settled, max, what) {
  return settled.ok ? encodeValue(settled.value, max, what) : encodeError(settled.error);
}

/** A reply for a promise the host already awaited (a call from a Worker): value or error. */
export function encodeSettled(settled, max, what) {
  const inner = encodeOutcome(settled, max, what);
  const out = new Uint8Array(inner.length + 1);
  out[0] = SETTLED;
  out.set(inner, 1);
  return out;
}

const views = new WeakMap(); // weak: a freed sandbox's memory is not kept alive by its views
/** Byte and DataView views of `buffer` (guest memory, mostly: the same buffer call after call). */
function viewsOf(buffer) {
  let v = views.get(buffer);
  if (v === undefined) views.set(buffer, (v = { bytes: new Uint8Array(buffer), view: new DataView(buffer) }));
  return v;
}

/**
 * Reads one request, `len` bytes at `at` in `buffer`:
 * `[u32 function index][tuple of args][None or dict of keyword args]`.
 */
export function decodeRequest(buffer, at, len) {
  const { bytes, view } = viewsOf(buffer);
  const r = { bytes, view, at: at + 4, end: at + len };
  if (len < 4 || r.end > buffer.byteLength) throw new CodecError("malformed request from the guest");
  const index = r.view.getUint32(at, true);
  const args = read(r, -1); // the arguments are values (depth 0), as a reply is
  const kwargs = read(r, -1);
  if (r.at !== r.end || !Array.isArray(args)) throw new CodecError("malformed request from the guest");
  return { index, args, kwargs };
}

function read(r, depth) {
  // The guest refuses deeper values (guest/hostcall.c): deeper is malformed, and never recursed into.
  if (r.at >= r.end || depth > MAX_DEPTH) throw new CodecError("malformed request from the guest");
  const tag = r.bytes[r.at++];
  const need = (n) => {
    if (r.at + n > r.end) throw new CodecError("malformed request from the guest");
  };
  const u32 = () => {
    need(4);
    const n = r.view.getUint32(r.at, true);
    r.at += 4;
    return n;
  };
  const chunk = () => {
    const n = u32();
    need(n);
    const c = r.bytes.subarray(r.at, r.at + n);
    r.at += n;
    return c;
  };
  switch (tag) {
    case NONE:
      return null;
    case FALSE:
      return false;
    case TRUE:
      return true;
    case INT:
    case FLOAT: {
      need(8);
      const d = r.view.getFloat64(r.at, true);
      r.at += 8;
      return d;
    }
    case BIGINT: {
      const digits = text.decode(chunk());
      if (!/^-?[0-9]+$/.test(digits)) throw new CodecError("malformed request from the guest");
      const big = BigInt(digits);
      return big >= -Number.MAX_SAFE_INTEGER && big <= Number.MAX_SAFE_INTEGER ? Number(big) : big;
    }
    case STR:
      return text.decode(chunk());
    case BYTES:
      return chunk().slice();
    case LIST:
    case TUPLE: {
      const n = u32();
      const items = [];
      for (let i = 0; i < n; i++) items.push(read(r, depth + 1));
      return items;
    }
    case DICT: {
      const n = u32();
      const obj = {};
      for (let i = 0; i < n; i++) {
        const key = read(r, depth + 1);
        if (typeof key !== "string") throw new CodecError("malformed request from the guest"); // the guest sends str keys only
        // defineProperty: a "__proto__" key is data, never the object's prototype.
        Object.defineProperty(obj, key, { value: read(r, depth + 1), enumerable: true, writable: true, configurable: true });
      }
      return obj;
    }
    default:
      throw new CodecError("malformed request from the guest");
  }
}
