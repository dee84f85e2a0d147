// Host functions on the JS side. The host wasm (src/bridge.rs) calls a bridge's
// `call(memory, req, len, buf, cap)` for each Python call: the request is read straight out of guest
// memory, and the reply is written back at `buf` when it fits in `cap` bytes, otherwise kept for
// `reply(memory, ptr)`. Bridges never throw: whatever goes wrong becomes a Python exception.
//
// - InlineBridge: the functions run right here. A Promise result gives Python a HostPromise;
//   the session awaits it between two steps of the run (core.js).
// - WorkerBridge (inside a sandbox Worker) forwards each call to the thread that owns the
//   functions and blocks on a SharedArrayBuffer until the answer is there; BridgeServer is that
//   owner's side. A Promise is awaited there, so Python gets it already settled. Without
//   SharedArrayBuffer (a page that is not cross-origin isolated) the worker cannot block: every
//   call then gives Python a promise, answered by message, that the run pauses on when awaited.
import { CodecError, decodeRequest, encodeError, encodeOutcome, encodePromise, encodeSettled, encodeValue } from "./codec.js";

export const DEFAULT_MAX_VALUE_BYTES = 8 * 2 ** 20;
const MAX_VALUE_BYTES = 2 ** 30;

/** Splits the `functions` option into names and functions, checking it. */
export function checkFunctions(functions) {
  if (functions === undefined) return { names: [], fns: [] };
  if (functions === null || typeof functions !== "object" || Array.isArray(functions)) {
    throw new TypeError("options.functions must be an object of functions");
  }
  const names = Object.keys(functions);
  for (const name of names) {
    if (typeof functions[name] !== "function") throw new TypeError(`options.functions.${name} must be a function`);
  }
  return { names, fns: names.map((name) => functions[name]) };
}

export function checkMaxValueBytes(max) {
  if (max === undefined) return DEFAULT_MAX_VALUE_BYTES;
  if (typeof max !== "number" || Number.isNaN(max)) throw new TypeError("options.maxValueBytes must be a number");
  if (!Number.isInteger(max) || max < 16 || max > MAX_VALUE_BYTES) {
    throw new RangeError(`options.maxValueBytes must be an integer from 16 to ${MAX_VALUE_BYTES}, got ${max}`);
  }
  return max;
}

const isThenable = (v) => v !== null && (typeof v === "object" || typeof v === "function") && typeof v.then === "function";

const settle = (promise) => Promise.resolve(promise).then((value) => ({ ok: true, value }), (error) => ({ ok: false, error }));

/**
 * Runs one request against the functions: `{ reply }` (bytes) for a plain result or an error,
 * `{ promise, what }` when the function returned a thenable.
 */
function callHost({ names, fns, max }, buffer, at, len) {
  try {
    if (len > max) {
      return { reply: encodeError(new RangeError(`the arguments are larger than maxValueBytes (${max} bytes)`)) };
    }
    const { index, args, kwargs } = decodeRequest(buffer, at, len);
    if (index >= fns.length) throw new CodecError("call of an unknown host function");
    const what = `the result of ${names[index]}()`;
    let value;
    try {
      value = kwargs === null ? fns[index](...args) : fns[index](...args, kwargs);
    } catch (e) {
      return { reply: encodeError(e) };
    }
    if (isThenable(value)) return { promise: settle(value), what };
    return { reply: encodeValue(value, max, what) };
  } catch (e) {
    return { reply: encodeError(e) };
  }
}

/** Puts a reply where the guest asked, or keeps it for `reply`. */
class Delivery {
  #kept;

  deliver(memory, out, buf, cap) {
    if (out.length <= cap) new Uint8Array(memory.buffer, buf, out.length).set(out);
    else this.#kept = out.slice(); // `out` may be a shared scratch buffer
    return out.length;
  }

  reply(memory, ptr) {
    const out = this.#kept;
    this.#kept = undefined;
    if (out && ptr + out.length <= memory.buffer.byteLength) new Uint8Array(memory.buffer).set(out, ptr);
  }
}

export class InlineBridge extends Delivery {
  #host;
  #promises = new Map();
  #nextId = 1;

  constructor(names, fns, max) {
    super();
    this.names = names;
    this.#host = { names, fns, max };
  }

  call(memory, req, len, buf, cap) {
    const done = callHost(this.#host, memory.buffer, req, len);
    let out = done.reply;
    if (done.promise) {
      const id = this.#nextId++;
      this.#promises.set(id, done);
      out = encodePromise(id);
    }
    return this.deliver(memory, out, buf, cap);
  }

  /** The reply that settles promise `id` (for `resume`), once it has settled. */
  async settled(id) {
    const { promise, what } = this.#promises.get(id);
    return encodeOutcome(await promise, this.#host.max, what);
  }

  /** A run ended: promises it never awaited are dropped (they were already caught). */
  endRun() {
    this.#promises.clear();
  }
}

const HEADER = 16; // Int32 [state, length, -, -]; state 2n: call n waits, 2n+1: call n answered

/**
 * The shared buffer a WorkerBridge and its BridgeServer talk through; it grows to the largest
 * reply: a value of up to `max` bytes and its tag, or an error (its message is capped).
 */
export const newChannel = (max) => new SharedArrayBuffer(HEADER + 4096, { maxByteLength: HEADER + max + 8192 });

/** Whether host functions can run in a Worker here: they need a growable SharedArrayBuffer. */
export function canShareMemory() {
  try {
    return typeof SharedArrayBuffer === "function" && new SharedArrayBuffer(1, { maxByteLength: 2 }).growable === true;
  } catch {
    return false;
  }
}

export class WorkerBridge extends Delivery {
  #sab;
  #ctrl;
  #post;
  #seq = 0;
  #waiting = new Map(); // async calls: seq -> resolve, or the reply if it came first
  deadline = Infinity;

  /** `channel` from newChannel(), or undefined: then every call is asynchronous. */
  constructor(names, channel, post) {
    super();
    this.names = names;
    this.#sab = channel;
    this.#ctrl = channel && new Int32Array(channel, 0, 4);
    this.#post = post;
  }

  call(memory, req, len, buf, cap) {
    const seq = ++this.#seq;
    const request = new Uint8Array(memory.buffer, req, len).slice();
    if (this.#sab === undefined) {
      this.#post({ op: "call", seq, request });
      return this.deliver(memory, encodePromise(seq), buf, cap);
    }
    Atomics.store(this.#ctrl, 0, 2 * seq);
    this.#post({ op: "call", seq, request });
    Atomics.wait(this.#ctrl, 0, 2 * seq, Math.max(0, this.deadline - performance.now()));
    let out;
    if (Atomics.load(this.#ctrl, 0) === 2 * seq + 1) {
      out = new Uint8Array(this.#sab, HEADER, this.#ctrl[1]);
    } else {
      // The run's deadline passed first; the host stops the run at its next fuel check.
      out = encodeError(new Error("the host function did not answer before the run's deadline"));
    }
    return this.deliver(memory, out, buf, cap);
  }

  /** The owner answered async call `seq` (BridgeServer). */
  answer(seq, reply) {
    const waiting = this.#waiting.get(seq);
    if (typeof waiting === "function") {
      this.#waiting.delete(seq);
      waiting(reply);
    } else {
      this.#waiting.set(seq, reply);
    }
  }

  /** The reply that settles async call `id`, once the owner has answered. */
  settled(id) {
    const reply = this.#waiting.get(id);
    if (reply instanceof Uint8Array) {
      this.#waiting.delete(id);
      return Promise.resolve(reply);
    }
    return new Promise((resolve) => this.#waiting.set(id, resolve));
  }

  endRun() {
    this.#waiting.clear();
  }
}

/** The owner's side of a WorkerBridge: runs the calls a sandbox Worker sends. */
export class BridgeServer {
  #host;
  #ctrl;
  #latest = 0;

  /** With `shared`, answers through a SharedArrayBuffer (`channel`); else by message. */
  constructor(names, fns, max, shared) {
    this.#host = { names, fns, max };
    this.names = names;
    this.channel = shared ? newChannel(max) : undefined;
    this.#ctrl = this.channel && new Int32Array(this.channel, 0, 4);
  }

  /** Runs call `seq`; without a channel, `send(reply)` posts the outcome back to the worker. */
  async handle({ seq, request }, send) {
    this.#latest = seq;
    const done = callHost(this.#host, request.buffer, request.byteOffset, request.byteLength);
    let out = done.reply;
    if (done.promise) {
      // By message the worker gave Python a promise, so its outcome is a plain reply; through the
      // channel Python gets a settled promise.
      const encode = this.channel === undefined ? encodeOutcome : encodeSettled;
      out = encode(await done.promise, this.#host.max, done.what);
    }
    if (this.channel === undefined) return send(out.slice()); // `out` may be the shared scratch buffer
    if (seq !== this.#latest) return; // the worker gave up on this call and has moved on
    if (HEADER + out.length > this.channel.byteLength) this.channel.grow(HEADER + out.length);
    new Uint8Array(this.channel, HEADER, out.length).set(out);
    this.#ctrl[1] = out.length;
    if (Atomics.compareExchange(this.#ctrl, 0, 2 * seq, 2 * seq + 1) === 2 * seq) Atomics.notify(this.#ctrl, 0);
  }
}
