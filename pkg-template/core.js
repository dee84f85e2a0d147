// The runtime-independent API. Each runtime's entry point (node.js, ...) supplies `load`, which
// initialises the host wasm once and returns the compiled guest.
import { Sandbox as HostSandbox } from "./host.js";

const SANDBOX_KEYS = ["memoryBytes"];
const RUN_KEYS = ["filename", "mode"];

/** Splits runPython's single options object into sandbox options and run options. */
function split(options) {
  if (options === undefined || options === null) return [undefined, undefined];
  if (typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError("options must be an object");
  }
  const sandbox = {};
  const run = {};
  for (const [key, value] of Object.entries(options)) {
    if (SANDBOX_KEYS.includes(key)) sandbox[key] = value;
    else if (RUN_KEYS.includes(key)) run[key] = value;
    else throw new TypeError(`unknown option "${key}" (known: ${[...SANDBOX_KEYS, ...RUN_KEYS].join(", ")})`);
  }
  return [sandbox, run];
}

export function createApi(load) {
  let guest;
  const loadGuest = () => (guest ??= load());

  class Sandbox {
    #inner;

    /** Use `Sandbox.create()`. */
    constructor(inner) {
      this.#inner = inner;
    }

    /** Starts a persistent interpreter. */
    static async create(options) {
      return new Sandbox(new HostSandbox(await loadGuest(), options));
    }

    /** Runs `code` in this session. Resolves with a RunResult; rejects only on misuse. */
    async run(code, options) {
      if (this.#inner === undefined) throw new TypeError("sandbox is closed");
      return this.#inner.run(code, options);
    }

    /** Frees the interpreter; later `run` calls reject. Safe to call twice. */
    close() {
      this.#inner?.free();
      this.#inner = undefined;
    }

    get closed() {
      return this.#inner === undefined;
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
