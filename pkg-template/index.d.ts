/** Limits a run may hit; on `Sandbox.create` they are the session's defaults, on `run` overrides. */
export interface Limits {
  /**
   * Wall-clock limit in ms (default 5000; `Infinity`: none). The guest checks the clock every few
   * ms of its work and stops the run, keeping the session (`sessionLost: true` only if it was stuck
   * in pure C); in a Worker session the Worker is also terminated a little later as a backstop.
   * Either way `error.kind` is `"timeout"`.
   */
  timeoutMs?: number;
  /** Deterministic CPU budget in fuel units (default `Infinity`); `error.kind: "fuel"` when spent. */
  fuel?: number;
  /** Bytes of stdout + stderr kept (default 1 MiB). */
  maxOutputBytes?: number;
  /** Past `maxOutputBytes`: `"truncate"` the output (default; flagged in the result) or stop the run with `"error"`. */
  outputLimit?: "truncate" | "error";
  /** Maximum depth of nested Python calls (`Infinity`: only the stack bounds it). */
  maxRecursionDepth?: number;
}

/** Options for a sandbox: fixed for its lifetime, plus defaults for its runs. */
export interface SandboxOptions extends Limits {
  /** Cap on the sandbox's whole linear memory in bytes (stack, static data, GC heap). Default 64 MiB. */
  memoryBytes?: number;
  /**
   * Run the interpreter in a Worker (Web Worker in browsers, worker_threads in Node, Deno and
   * Bun), so `timeoutMs` also stops code stuck in C by terminating it. Default `true` where the runtime has
   * Workers; `false` runs inline (cheaper, many per process, only the soft limits). Cloudflare
   * Workers (workerd) have no Workers: only `false` is possible there.
   */
  worker?: boolean;
  /**
   * JS functions Python may call, by name: as globals and as `host.<name>` (`import host`).
   * Arguments and results convert both ways (None/null, bool, int/number or BigInt, float, str,
   * bytes/Uint8Array, list and tuple/Array, dict/plain object); keyword arguments arrive as one
   * trailing plain object. A thrown JS error raises in Python (TypeError → TypeError, RangeError →
   * ValueError, any other thrown or rejected value → `host.HostError`, described safely even when
   * it cannot be stringified). A function returning a Promise gives Python an awaitable (`await`
   * at top level or in `async def`; in the run that made the call: a later run awaiting it gets
   * `RuntimeError`, except in a Worker with SharedArrayBuffer, where it is already settled).
   * Functions always run in the calling thread; a Worker calls them through SharedArrayBuffer.
   * Without it (a page that is not cross-origin isolated) such a sandbox runs inline by default;
   * with `worker: true` it runs in a Worker where every host call gives Python an awaitable.
   */
  functions?: Record<string, (...args: any[]) => unknown>;
  /** Largest value (encoded) that may cross between Python and a host function, either way. Default 8 MiB. */
  maxValueBytes?: number;
  /**
   * Files the program can read, by absolute path (`"/data/in.csv"`): a string (stored as UTF-8)
   * or bytes. Their directories exist implicitly; `/` and `/lib` are on `sys.path`, so a mounted
   * `.py` file imports. Read-only, except under `/tmp`, the one writable directory (created empty;
   * files given under it start there and may be changed). Kept by the sandbox across runs and
   * interpreter resets; nothing reaches the host's own filesystem.
   */
  files?: Record<string, string | Uint8Array>;
  /**
   * Cap on the bytes of all files under `/tmp` (default 1 MiB). A write that would pass it fails
   * with `OSError(ENOSPC)` and changes nothing; `0` makes `/tmp` read-only too.
   */
  tmpQuotaBytes?: number;
}

/** Options for one run. */
export interface RunOptions extends Limits {
  /** File name shown in tracebacks. Default `"<stdin>"`. */
  filename?: string;
  /** `"exec"` (default) runs a module; `"single"` runs one interactive statement and prints expression values, like a REPL. */
  mode?: "exec" | "single";
  /**
   * Called with output as it is written, for showing long runs live (the result still has it all).
   * Not awaited. If it throws (or returns a promise that rejects before the run's result is
   * delivered), the run goes on and the first such error is reported as `callbackError`.
   */
  onOutput?: (text: string, stream: "stdout" | "stderr") => unknown;
  /**
   * Aborting ends the run with `error.kind: "aborted"`: at once in a Worker session (the Worker is
   * terminated, `sessionLost: true`); inline, while the run awaits a host promise or at its next
   * host call or output (a host function may abort it).
   */
  signal?: AbortSignal;
}

export type ErrorKind = "python" | "timeout" | "fuel" | "memory" | "output" | "crash" | "aborted";

export interface RunError {
  kind: ErrorKind;
  /** Python exception class, e.g. `"ZeroDivisionError"`. */
  type?: string;
  message: string;
  /** The traceback as MicroPython prints it (also in `stderr`). */
  traceback?: string;
  /**
   * `message` or `traceback` was longer than `maxOutputBytes`: it was cut at the last whole
   * character within that many bytes and ends with `"… [truncated]"`.
   */
  truncated?: true;
}

export interface RunResult {
  ok: boolean;
  stdout: string;
  stderr: string;
  error?: RunError;
  /** Set when the program raised `SystemExit`. */
  exitCode?: number;
  /** Output past `maxOutputBytes` was cut off (at a whole character; nothing after the cut is kept). */
  stdoutTruncated?: boolean;
  stderrTruncated?: boolean;
  /** The interpreter was lost (it trapped, or its Worker was terminated at the deadline); the next run starts a fresh one. */
  sessionLost?: boolean;
  /** `fuelUsed` and `memoryBytes` (peak linear memory) are 0 when the Worker was terminated. */
  stats: { durationMs: number; fuelUsed: number; memoryBytes: number };
  /** Files under `/tmp` this run created or changed (and did not remove), by path; absent when none. */
  files?: Record<string, Uint8Array>;
  /** The first error `onOutput` threw (or its promise rejected with) during this run, safely described. */
  callbackError?: { message: string };
}

/** A persistent MicroPython session: state survives between runs. */
export declare class Sandbox implements Disposable {
  private constructor();
  static create(options?: SandboxOptions): Promise<Sandbox>;
  /** Resolves with what the program did; rejects only on misuse (closed sandbox, bad arguments). */
  run(code: string, options?: RunOptions): Promise<RunResult>;
  /**
   * The bytes of a file of this sandbox (mounted, or written by the program; a relative path is
   * taken from `/`), or `null` if there is none. Waits for runs already started: called from a
   * host function it resolves after that run ends (so the run must not await it). If the Worker
   * was terminated at a hard deadline, the files written so far went with it.
   */
  readFile(path: string): Promise<Uint8Array | null>;
  /**
   * Frees the interpreter and hands its Worker back. Also from inside a host function or
   * `onOutput`: the run going on (and any queued) resolves with `error.kind: "aborted"` (a Worker
   * running one is terminated), resources are freed once it has unwound, and later `run` and
   * `readFile` calls reject with a `TypeError`. A second call does nothing. A sandbox never closed
   * is reclaimed when garbage-collected, but only then: close it.
   */
  close(): void;
  readonly closed: boolean;
  /** Whether this session runs in a Worker (so `timeoutMs` is also enforced by terminating it). */
  readonly worker: boolean;
  [Symbol.dispose](): void;
}

/** Runs `code` once in a fresh sandbox. */
export declare function runPython(code: string, options?: SandboxOptions & RunOptions): Promise<RunResult>;
