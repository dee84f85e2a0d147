// The runtime-independent API. Each runtime's entry point (node.js, deno.js, browser.js,
// workerd.js) supplies `load`, which initialises the host wasm once and returns the compiled guest,
// and, where the runtime has threads, `spawnWorker` (see worker-client.js).
import { Sandbox as HostSandbox } from "./host.js";
import { Pool, RemoteSession } from "./worker-client.js";

// Option keys, in one place. Values are checked by the host (Rust); here keys only route
// runPython's single options object. A key in both lists goes to the run.
const LIMIT_KEYS = ["fuel", "timeoutMs", "maxOutputBytes", "outputLimit", "maxRecursionDepth"];
const SANDBOX_KEYS = ["memoryBytes", "worker", "files", "tmpQuotaBytes", ...LIMIT_KEYS];
const RUN_KEYS = ["filename", "mode", ...LIMIT_KEYS];

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

/** A host sandbox in this thread; also what a worker runs (worker-server.js). */
export class InlineSession {
  #host;
  constructor(guest, options) {
    this.#host = new HostSandbox(guest, options);
  }
  async run(code, options) {
    return this.#host.run(code, options);
  }
  async readFile(path) {
    return this.#host.readFile(path);
  }
  close() {
    this.#host.free();
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

    /** Starts a persistent interpreter: in a Worker where the runtime has them, unless `worker: false`. */
    static async create(options) {
      const { worker = spawnWorker !== undefined, ...hostOptions } = checkObject(options, "options");
      if (typeof worker !== "boolean") throw new TypeError("options.worker must be a boolean");
      checkTimeout(hostOptions, "options");
      if (!worker) return new Sandbox(new InlineSession(await loadGuest(), hostOptions), false);
      if (spawnWorker === undefined) {
        throw new TypeError("this runtime has no Workers: use { worker: false } (the default here)");
      }
      pool ??= new Pool(spawnWorker);
      return new Sandbox(await RemoteSession.start(pool, hostOptions), true);
    }

    /** Runs `code` in this session. Resolves with a RunResult; rejects only on misuse. */
    async run(code, options) {
      if (this.#session === undefined) throw new TypeError("sandbox is closed");
      checkTimeout(options, "run options");
      return this.#session.run(code, options);
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
