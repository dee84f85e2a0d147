// The runtime-independent API. Each runtime's entry point (node.js, deno.js, browser.js,
// workerd.js) supplies `load`, which initialises the host wasm once and returns `{ Sandbox, guest }`
// (the host's Sandbox class and the compiled guest), and, where the runtime has threads,
// `spawnWorker` (see worker-client.js). Nothing here imports the host glue (host.js): a page that
// only uses Worker sessions never downloads it, as entries import their loader on first use.
import { BridgeServer, InlineBridge, canShareMemory, checkFunctions, checkMaxValueBytes } from "./bridge.js";
import { describeThrown } from "./codec.js";
import { CLOSED, Pool, RemoteSession } from "./worker-client.js";

// Option keys, in one place. Values are checked by the host (Rust); here keys only route
// runPython's single options object. A key in both lists goes to the run.
const LIMIT_KEYS = ["fuel", "timeoutMs", "maxOutputBytes", "outputLimit", "maxRecursionDepth"];
const SANDBOX_KEYS = ["memoryBytes", "worker", "functions", "maxValueBytes", "files", "tmpQuotaBytes", ...LIMIT_KEYS];
const RUN_KEYS = ["filename", "mode", "onOutput", "signal", ...LIMIT_KEYS];

function checkObject(options, what) {
  if (options !== undefined && options !== null && (typeof options !== "object" || Array.isArray(options))) {
    throw new TypeError(`${what} must be an object`);
  }
  return options ?? {};
}

/** Splits runPython's single options object into sandbox options and run options. */
function split(options) {
  const sandbox = {};
  const run = {};
  for (const [key, value] of Object.entries(checkObject(options, "options"))) {
    if (RUN_KEYS.includes(key)) run[key] = value;
    else if (SANDBOX_KEYS.includes(key)) sandbox[key] = value;
    else throw new TypeError(`unknown option "${key}" (known: ${[...new Set([...SANDBOX_KEYS, ...RUN_KEYS])].join(", ")})`);
  }
  return [sandbox, run];
}

/** The hard deadline needs a usable number before anything is sent anywhere. */
export function checkTimeout(options, what) {
  const t = options?.timeoutMs;
  if (t === undefined) return;
  if (typeof t !== "number" || Number.isNaN(t)) throw new TypeError(`${what}.timeoutMs must be a number`);
  if (!(t > 0)) throw new RangeError(`${what}.timeoutMs must be a positive number of milliseconds, or Infinity, got ${t}`);
}

/** Turns `(text, stream)` calls into the host's `(bytes, fd)` output pieces. */
function textOutput(onOutput) {
  if (onOutput === undefined) return undefined;
  if (typeof onOutput !== "function") throw new TypeError("run options.onOutput must be a function");
  const decoders = [1, 2].map(() => new TextDecoder("utf-8", { ignoreBOM: true })); // a leading U+FEFF is output too
  return (bytes, fd) => {
    const text = decoders[fd - 1].decode(bytes, { stream: true });
    if (text) return onOutput(text, fd === 1 ? "stdout" : "stderr");
  };
}

const promiseThen = Function.prototype.call.bind(Promise.prototype.then);
const TIMEOUT = Symbol("timeout");
const ABORTED = Symbol("aborted");

/**
 * One run's switch and callback guard, shared by the Sandbox and the session running it. `stop()`
 * (the caller's signal fired, or close()) ends the run at once where it waits, else at its next
 * host call or output. `onOutput` never throws: what the caller's callback throws, or a promise it
 * returns rejects with, is kept as `callbackError`; it returns whether the run must stop.
 */
export class RunControl {
  stopped = false;
  /** The aborted run's message. */
  reason;
  /** `{ message }` of the first error the output callback threw (or rejected with). */
  callbackError;
  /** Resolves with ABORTED once stopped. */
  stops;
  #resolve;
  #output;

  /** `output(bytes, fd)`: the caller's output hook, if any. */
  constructor(output) {
    this.stops = new Promise((resolve) => (this.#resolve = resolve));
    this.#output = output;
    if (output) this.onOutput = (bytes, fd) => this.#onOutput(bytes, fd);
  }

  #onOutput(bytes, fd) {
    try {
      const r = this.#output?.(bytes, fd);
      // Never awaited, always handled; a native promise directly, so a rejection is seen in a tick.
      if (r instanceof Promise) promiseThen(r, undefined, (e) => this.fail(e));
      else if (r !== null && (typeof r === "object" || typeof r === "function")) {
        new Promise((resolve) => resolve(r)).catch((e) => this.fail(e));
      }
    } catch (e) {
      this.fail(e);
    }
    return this.stopped;
  }

  fail(e) {
    this.callbackError ??= { message: describeThrown(e) };
  }

  stop(reason) {
    if (this.stopped) return;
    this.stopped = true;
    this.reason = reason;
    this.#resolve(ABORTED);
  }

  /** The run is over: the caller's callback is let go (the host wasm keeps the hook until the next run). */
  finish() {
    this.#output = undefined;
  }
}

/** A run that stopped, or was stopped before it started: `error.kind: "aborted"`, keeping what it wrote. */
function abortedResult(message, r) {
  const { exitCode, sessionLost, ...rest } = r ?? {};
  return {
    stdout: "",
    stderr: "",
    stats: { durationMs: 0, fuelUsed: 0, memoryBytes: 0 },
    ...rest,
    ok: false,
    error: { kind: "aborted", message },
  };
}

/**
 * Stops `control` when `signal` fires; returns what removes the listener. Something that is not
 * an AbortSignal is the caller's misuse (TypeError).
 */
function watch(signal, control) {
  if (signal === undefined) return () => {};
  const stop = () => control.stop("the run was aborted by the caller");
  let ok = false;
  try {
    ok = typeof signal === "object" && signal !== null && "aborted" in signal;
    if (ok && signal.aborted) stop();
    else if (ok) signal.addEventListener("abort", stop);
  } catch {
    ok = false;
  }
  if (!ok) throw new TypeError("run options.signal must be an AbortSignal");
  return () => {
    try {
      signal.removeEventListener("abort", stop);
    } catch {}
  };
}

/** Resolves with `promise`'s value, or TIMEOUT after `ms`, or ABORTED when `stops` does. */
function race(promise, ms, stops) {
  let timer;
  const timeout = new Promise((resolve) => {
    if (ms <= 2 ** 31 - 1) timer = setTimeout(resolve, ms, TIMEOUT);
  });
  return Promise.race([promise, timeout, stops]).finally(() => clearTimeout(timer));
}

/**
 * What the host wasm holds instead of the bridge: it reaches the bridge, and so the functions
 * (which may hold the Sandbox), only weakly, so a sandbox nobody closed can still be collected.
 */
function weakly(bridge) {
  if (typeof WeakRef !== "function") return bridge;
  const ref = new WeakRef(bridge);
  return {
    call: (memory, req, len, buf, cap) => ref.deref()?.call(memory, req, len, buf, cap) ?? 0,
    reply: (memory, ptr) => ref.deref()?.reply(memory, ptr),
  };
}

/**
 * A host sandbox in this thread; also what a worker runs (worker-server.js). `bridge` runs its
 * host functions (an InlineBridge here, a WorkerBridge in a worker).
 */
export class InlineSession {
  #host;
  #bridge;
  #queue = Promise.resolve();
  #control; // the run going on
  #closed = false;

  constructor({ Sandbox, guest }, options, bridge) {
    this.#host = new Sandbox(guest, options);
    if (bridge?.names.length) {
      this.#bridge = bridge;
      this.#host.defineFunctions(bridge.names, weakly(bridge));
    }
  }

  /**
   * `control` (a RunControl) sees output as it is written and can stop the run. Runs take turns:
   * one that awaits a host promise keeps the interpreter until it ends.
   */
  run(code, options, control) {
    const result = this.#queue.then(() => this.#run(code, options, control ?? new RunControl()));
    this.#queue = result.catch(() => {});
    return result;
  }

  async #run(code, options, control) {
    if (this.#closed) return abortedResult("the sandbox was closed before the run started");
    this.#control = control;
    this.#bridge?.beginRun(control);
    try {
      let r = this.#host.run(code, control.onOutput ? { ...options, onOutput: control.onOutput } : options);
      // The program awaits a host promise: the guest is idle until we resume it.
      while (r.pending !== undefined) {
        const reply = await race(this.#bridge.settled(r.pending), this.#host.remainingMs(), control.stops);
        if (reply === TIMEOUT) r = this.#host.cancel("timeout");
        else if (reply === ABORTED) r = this.#host.cancel("aborted");
        else r = this.#host.resume(reply);
      }
      // Stopped during the run (close() from a callback, say): aborted, whatever it got to.
      return control.stopped ? abortedResult(control.reason, r) : r;
    } finally {
      control.finish();
      this.#bridge?.endRun();
      this.#control = undefined;
      if (this.#closed) this.#host.free(); // closed during the run: freed once it has unwound
    }
  }

  /** Waits for the runs already started; from inside one (a host function) it resolves after it. */
  readFile(path) {
    const result = this.#queue.then(() => {
      if (this.#closed) throw new TypeError("sandbox is closed");
      return this.#host.readFile(path);
    });
    this.#queue = result.catch(() => {});
    return result;
  }

  /** Frees the interpreter; a run going on ends as aborted first. Once only (Sandbox sees to it). */
  close() {
    this.#closed = true;
    if (this.#control) this.#control.stop(CLOSED);
    else this.#host.free();
  }
}

export function createApi({ load, spawnWorker }) {
  let guest;
  const loadGuest = () =>
    (guest ??= Promise.resolve().then(load).catch((e) => {
      guest = undefined; // let a later call retry
      throw e;
    }));
  let pool;

  class Sandbox {
    #session;
    #worker;

    /** Use `Sandbox.create()`. */
    constructor(session, worker) {
      this.#session = session;
      this.#worker = worker;
    }

    /**
     * Starts a persistent interpreter: in a Worker where the runtime has them, unless
     * `worker: false`. Host functions in a Worker call back through SharedArrayBuffer; without it
     * (a page that is not cross-origin isolated) a Worker can only take their results
     * asynchronously, every call giving Python an awaitable, so there a sandbox with functions
     * runs inline unless `worker: true` asks for that.
     */
    static async create(options) {
      const { worker: wanted, functions, maxValueBytes, ...hostOptions } = checkObject(options, "options");
      const { names, fns } = checkFunctions(functions);
      const max = checkMaxValueBytes(maxValueBytes);
      const shareable = names.length === 0 || canShareMemory();
      const worker = wanted ?? (spawnWorker !== undefined && shareable);
      if (typeof worker !== "boolean") throw new TypeError("options.worker must be a boolean");
      checkTimeout(hostOptions, "options");
      if (!worker) {
        const session = new InlineSession(await loadGuest(), hostOptions, new InlineBridge(names, fns, max));
        return new Sandbox(session, false);
      }
      if (spawnWorker === undefined) {
        throw new TypeError("this runtime has no Workers: use { worker: false } (the default here)");
      }
      pool ??= new Pool(spawnWorker);
      const server = names.length ? new BridgeServer(names, fns, max, shareable) : undefined;
      return new Sandbox(await RemoteSession.start(pool, hostOptions, server), true);
    }

    /**
     * Runs `code` in this session. Resolves with a RunResult; rejects only on misuse. Run options
     * `onOutput(text, stream)` streams output as it is written; `signal` (an AbortSignal) ends the
     * run with `error.kind: "aborted"`.
     */
    async run(code, options) {
      const session = this.#session;
      if (session === undefined) throw new TypeError("sandbox is closed");
      const { onOutput, signal, ...runOptions } = checkObject(options, "run options");
      checkTimeout(runOptions, "run options");
      const control = new RunControl(textOutput(onOutput));
      const unwatch = watch(signal, control);
      try {
        if (control.stopped) return abortedResult(control.reason);
        const r = await session.run(code, options === undefined ? undefined : runOptions, control);
        if (control.callbackError) r.callbackError = control.callbackError;
        return r;
      } finally {
        unwatch();
      }
    }

    /**
     * A file of the sandbox (mounted, or written by the program): its bytes, or null if `path`
     * names none. Waits for the runs already started (so from inside a host function it resolves
     * after that run).
     */
    async readFile(path) {
      if (this.#session === undefined) throw new TypeError("sandbox is closed");
      if (typeof path !== "string") throw new TypeError("path must be a string");
      return this.#session.readFile(path);
    }

    /**
     * Frees the interpreter (and hands its Worker back). A run going on (even the one calling
     * this, from a host function or onOutput) resolves with `error.kind: "aborted"`, and so do runs
     * still queued; later calls reject. Safe to call twice.
     */
    close() {
      const session = this.#session;
      this.#session = undefined;
      session?.close();
    }

    get closed() {
      return this.#session === undefined;
    }

    /** Whether this session runs in a Worker, so `timeoutMs` has the hard backstop (terminating it). */
    get worker() {
      return this.#worker;
    }

    [Symbol.dispose]() {
      this.close();
    }
  }

  /** Runs `code` once in a fresh sandbox. */
  async function runPython(code, options) {
    const [sandboxOptions, runOptions] = split(options);
    const sandbox = await Sandbox.create(sandboxOptions);
    try {
      return await sandbox.run(code, runOptions);
    } finally {
      sandbox.close();
    }
  }

  return { Sandbox, runPython };
}
