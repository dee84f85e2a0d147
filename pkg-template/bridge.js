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
import {
  CodecError, MAX_ERROR_BYTES, decodeRequest, encodeError, encodeException, encodeOutcome, encodePromise, encodeSettled,
  encodeValue,
} from "./codec.js";

export const DEFAULT_MAX_VALUE_BYTES = 8 * 2 ** 20;
/** What `call` returns when the run must end as aborted (src/bridge.rs, `ABORT`). */
const ABORT = 0xffffffff;
const MAX_VALUE_BYTES = 2 ** 30;

/** Splits the `functions` option into names and functions, checking it. */
export function checkFunctions(functions) {
  if (functions === undefined) return { names: [], fns: [] };
  if (functions === null || typeof functions !== "object" || Array.isArray(functions)) {
    throw new TypeError("options.functions must be an object of functions");
  }
  const names = Object.keys(functions);
  const fns = names.map((name) => functions[name]); // read once: a getter may answer differently
  fns.forEach((fn, i) => {
    if (typeof fn !== "function") throw new TypeError(`options.functions.${names[i]} must be a function`);
  });
  return { names, fns };
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

/**
 * `{ ok, value }` or `{ ok: false, error }` once `thenable` settles; never rejects. Resolving a
 * new Promise with it, rather than Promise.resolve, never throws (Promise.resolve reads a
 * promise's `constructor`, which may be a throwing getter); a thenable calling back twice, or
 * throwing after calling back, is settled by the first call.
 */
const settle = (thenable) => new Promise((resolve) => resolve(thenable)).then(
  (value) => ({ ok: true, value }),
  (error) => ({ ok: false, error }),
);

/**
 * Runs one request against the functions: `{ reply }` (bytes) for a plain result or an error,
 * `{ promise, what }` when the function returned a thenable. Never throws, whatever the function
 * throws or returns.
 */
function callHost({ names, fns, max }, buffer, at, len) {
  try {
    if (len > max) {
      return { reply: encodeError(new RangeError(`the arguments are larger than maxValueBytes (${max} bytes)`)) };
    }
    const { index, args, kwargs } = decodeRequest(buffer, at, len);
    if (index >= fns.length) throw new CodecError("call of an unknown host function");
    const what = `the result of ${names[index]}()`;
    const value = kwargs === null ? fns[index](...args) : fns[index](...args, kwargs);
    if (isThenable(value)) return { promise: settle(value), what };
    return { reply: encodeValue(value, max, what) };
  } catch (e) {
    return { reply: encodeError(e) };
  }
}

/** Python's exception for awaiting a host promise of a run that has ended. */
const staleReply = () => encodeException(
  "RuntimeError",
  "this host promise belongs to an earlier run: await a host promise in the run that created it",
);

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

  /** A run ended: a reply the guest never fetched (it ran out of memory first) is dropped. */
  endRun() {
    this.#kept = undefined;
  }
}

export class InlineBridge extends Delivery {
  #host;
  #promises = new Map();
  #nextId = 1;
  #control;

  constructor(names, fns, max) {
    super();
    this.names = names;
    this.#host = { names, fns, max };
  }

  /** A run starts; `control.stopped` set (by close() or the caller's signal) makes calls end it. */
  beginRun(control) {
    this.#control = control;
  }

  call(memory, req, len, buf, cap) {
    if (this.#control?.stopped) return ABORT;
    const done = callHost(this.#host, memory.buffer, req, len);
    if (this.#control?.stopped) return ABORT; // the function closed the sandbox or aborted the run
    let out = done.reply;
    if (done.promise) {
      const id = this.#nextId++;
      this.#promises.set(id, done);
      out = encodePromise(id);
    }
    return this.deliver(memory, out, buf, cap);
  }

  /** The reply that settles promise `id` (for `resume`), once it has settled. Never rejects. */
  async settled(id) {
    const done = this.#promises.get(id);
    if (done === undefined) return staleReply().slice();
    const { promise, what } = done;
    // A copy: `resume` comes after other code (another sandbox's host call) may have used the scratch buffer.
    return encodeOutcome(await promise, this.#host.max, what).slice();
  }

  /** A run ended: promises it never awaited are dropped (they were already caught). */
  endRun() {
    super.endRun();
    this.#promises.clear();
    this.#control = undefined;
  }
}

const HEADER = 16; // Int32 [state, length, -, -]; state 2n: call n waits, 2n+1: call n answered

/**
 * The shared buffer a WorkerBridge and its BridgeServer talk through; it grows to the largest
 * reply: a value of up to `max` bytes and its tag, or an error (at most MAX_ERROR_BYTES).
 */
export const newChannel = (max) =>
  new SharedArrayBuffer(HEADER + 4096, { maxByteLength: HEADER + Math.max(max + 16, MAX_ERROR_BYTES) });

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
  #firstOfRun = 1; // async calls before this one belong to runs that have ended
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

  beginRun() {
    this.#firstOfRun = this.#seq + 1;
  }

  call(memory, req, len, buf, cap) {
    const seq = ++this.#seq;
    const request = new Uint8Array(memory.buffer, req, len).slice();
    if (this.#sab === undefined) {
      this.#post({ op: "call", seq, request });
      return this.deliver(memory, encodePromise(seq), buf, cap);
    }
    const waiting = 2 * seq;
    Atomics.store(this.#ctrl, 0, waiting);
    this.#post({ op: "call", seq, request });
    // In a loop: the owner's compare-and-swap and its notify are two steps, so a notify meant for
    // the previous call can arrive while this one waits, waking it with no answer yet.
    let state;
    while ((state = Atomics.load(this.#ctrl, 0)) === waiting) {
      const left = this.deadline - performance.now();
      if (!(left > 0)) break;
      Atomics.wait(this.#ctrl, 0, waiting, left);
    }
    let out;
    if (state === waiting + 1) {
      out = new Uint8Array(this.#sab, HEADER, this.#ctrl[1]);
    } else {
      // The run's deadline passed first; the host stops the run at its next fuel check.
      out = encodeError(new Error("the host function did not answer before the run's deadline"));
    }
    return this.deliver(memory, out, buf, cap);
  }

  /** The owner answered async call `seq` (BridgeServer). */
  answer(seq, reply) {
    if (seq < this.#firstOfRun) return; // its run has ended: nobody can await it
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
    if (id < this.#firstOfRun) return Promise.resolve(staleReply().slice());
    const reply = this.#waiting.get(id);
    if (reply instanceof Uint8Array) {
      this.#waiting.delete(id);
      return Promise.resolve(reply);
    }
    return new Promise((resolve) => this.#waiting.set(id, resolve));
  }

  endRun() {
    super.endRun();
    this.#waiting.clear();
    this.#firstOfRun = this.#seq + 1;
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

  /**
   * Runs call `seq`; without a channel, `send(reply)` posts the outcome back to the worker. Never
   * rejects (its promise is not awaited by anyone): callHost and the encoders never throw.
   */
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
    try {
      if (this.channel === undefined) return send(out.slice()); // `out` may be the shared scratch buffer
      if (seq !== this.#latest) return; // the worker gave up on this call and has moved on
      if (HEADER + out.length > this.channel.byteLength) this.channel.grow(HEADER + out.length);
      new Uint8Array(this.channel, HEADER, out.length).set(out);
      this.#ctrl[1] = out.length;
      if (Atomics.compareExchange(this.#ctrl, 0, 2 * seq, 2 * seq + 1) === 2 * seq) Atomics.notify(this.#ctrl, 0);
    } catch {
      // `send` throws only once the worker is gone: nobody waits for this answer then.
    }
  }
}
