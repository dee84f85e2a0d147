/** Options fixed for the lifetime of a sandbox. */
export interface SandboxOptions {
  /** Cap on the sandbox's whole linear memory in bytes (stack, static data, GC heap). Default 64 MiB. */
  memoryBytes?: number;
}

/** Options for one run. */
export interface RunOptions {
  /** File name shown in tracebacks. Default `"<stdin>"`. */
  filename?: string;
  /** `"exec"` (default) runs a module; `"single"` runs one interactive statement and prints expression values, like a REPL. */
  mode?: "exec" | "single";
}

export type ErrorKind = "python" | "timeout" | "fuel" | "memory" | "output" | "crash";

export interface RunError {
  kind: ErrorKind;
  /** Python exception class, e.g. `"ZeroDivisionError"`. */
  type?: string;
  message: string;
  /** The traceback as MicroPython prints it (also in `stderr`). */
  traceback?: string;
}

export interface RunResult {
  ok: boolean;
  stdout: string;
  stderr: string;
  error?: RunError;
  /** Set when the program raised `SystemExit`. */
  exitCode?: number;
  /** The interpreter was lost (e.g. it trapped); the next run starts a fresh one. */
  sessionLost?: boolean;
  stats: { durationMs: number };
}

/** A persistent MicroPython session: state survives between runs. */
export declare class Sandbox implements Disposable {
  private constructor();
  static create(options?: SandboxOptions): Promise<Sandbox>;
  /** Resolves with what the program did; rejects only on misuse (closed sandbox, bad arguments). */
  run(code: string, options?: RunOptions): Promise<RunResult>;
  /** Frees the interpreter; later `run` calls reject. */
  close(): void;
  readonly closed: boolean;
  [Symbol.dispose](): void;
}

/** Runs `code` once in a fresh sandbox. */
export declare function runPython(code: string, options?: SandboxOptions & RunOptions): Promise<RunResult>;
