// The runtime-independent API. Each runtime's entry point (node.js, deno.js, browser.js,
// workerd.js) supplies `load`, which initialises the host wasm once and returns `{ Sandbox, guest }`
// (the host's Sandbox class and the compiled guest), and, where the runtime has threads,
// `spawnWorker` (see worker-client.js). Nothing here imports the host glue (host.js): a page that
// only uses Worker sessions never downloads it, as entries import their loader on first use.
import { BridgeServer, InlineBridge, canShareMemory, checkFunctions, checkMaxValueBytes } from "./bridge.js";
import { Pool, RemoteSession } from "./worker-client.js";

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

/** Turns the host's `(bytes, fd)` output pieces into `onOutput(text, "stdout" | "stderr")` calls. */
function textOutput(onOutput) {
  if (onOutput === undefined) return undefined;
  if (typeof onOutput !== "function") throw new TypeError("run options.onOutput must be a function");
  const decoders = [new TextDecoder(), new TextDecoder()];
  return (bytes, fd) => {
    const text = decoders[fd - 1].decode(bytes, { stream: true });
    if (text) onOutput(text, fd === 1 ? "stdout" : "stderr");
  };
}

const TIMEOUT = Symbol("timeout");
const ABORTED = Symbol("aborted");

/** Resolves with `promise`'s value, or TIMEOUT after `ms`, or ABORTED when `signal` fires. */
function race(promise, ms, signal) {
  let timer, onAbort;
  const stops = new Promise((resolve) => {
    if (ms <= 2 ** 31 - 1) timer = setTimeout(resolve, ms, TIMEOUT);
    onAbort = () => resolve(ABORTED);
    signal?.addEventListener("abort", onAbort);
    if (signal?.aborted) resolve(ABORTED);
  });
  return Promise.race([promise, stops]).finally(() => {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  });
}

/**
 * A host sandbox in this thread; also what a worker runs (worker-server.js). `bridge` runs its
 * host functions (an InlineBridge here, a WorkerBridge in a worker).
 */
export class InlineSession {
  #host;
  #bridge;

  constructor({ Sandbox, guest }, options, bridge) {
    this.#host = new Sandbox(guest, options);
    if (bridge?.names.length) {
      this.#bridge = bridge;
      this.#host.defineFunctions(bridge.names, bridge);
    }
  }

  #queue = Promise.resolve();

  /**
   * `onOutput(bytes, fd)` sees output as it is written; `signal` cancels a run awaiting a promise.
   * Runs take turns: one that awaits a host promise keeps the interpreter until it ends.
   */
  run(code, options, hooks) {
    const result = this.#queue.then(() => this.#run(code, options, hooks));
    this.#queue = result.catch(() => {});
    return result;
  }

  async #run(code, options, { onOutput, signal } = {}) {
    let r = this.#host.run(code, onOutput ? { ...options, onOutput } : options);
    try {
      // The program awaits a host promise: the guest is idle until we resume it.
      while (r.pending !== undefined) {
        const reply = await race(this.#bridge.settled(r.pending), this.#host.remainingMs(), signal);
        if (reply === TIMEOUT) r = this.#host.cancel("timeout");
        else if (reply === ABORTED) r = this.#host.cancel("aborted");
        else r = this.#host.resume(reply);
      }
    } finally {
      this.#bridge?.endRun();
    }
    return r;
  }

  async readFile(path) {
    return this.#host.readFile(path);
  }

  close() {
    this.#host.free();
  }
}

/** What a run returns when it was aborted before it started. */
const abortedResult = () => ({
  ok: false,
  stdout: "",
  stderr: "",
  error: { kind: "aborted", message: "the run was aborted by the caller" },
  stats: { durationMs: 0, fuelUsed: 0, memoryBytes: 0 },
});

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
      if (this.#session === undefined) throw new TypeError("sandbox is closed");
      const { onOutput, signal, ...runOptions } = checkObject(options, "run options");
      checkTimeout(runOptions, "run options");
      if (signal !== undefined && !(typeof signal === "object" && signal !== null && "aborted" in signal)) {
        throw new TypeError("run options.signal must be an AbortSignal");
      }
      if (signal?.aborted) return abortedResult();
      const hooks = { onOutput: textOutput(onOutput), signal };
      return this.#session.run(code, options === undefined ? undefined : runOptions, hooks);
    }

    /**
     * A file of the sandbox (mounted, or written by the program): its bytes, or null if `path`
     * names none. Waits for the runs already started.
     */
    async readFile(path) {
      if (this.#session === undefined) throw new TypeError("sandbox is closed");
      if (typeof path !== "string") throw new TypeError("path must be a string");
      return this.#session.readFile(path);
    }

    /** Frees the interpreter (and hands its Worker back); later `run` calls reject. Safe to call twice. */
    close() {
      this.#session?.close();
      this.#session = undefined;
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
