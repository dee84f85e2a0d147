// Type-checks the package's declarations as a TypeScript user sees them (npm test runs tsc).
import { runPython, Sandbox, type RunResult, type SandboxOptions, type RunOptions, type ErrorKind } from "micropython-sandbox";

const once: RunResult = await runPython("print(1)", { memoryBytes: 8 << 20, timeoutMs: 1000, filename: "a.py", worker: false });
const out: string = once.stdout + once.stderr;
const kind: ErrorKind | undefined = once.error?.kind;
const lost: boolean | undefined = once.sessionLost;
const ms: number = once.stats.durationMs + once.stats.fuelUsed + once.stats.memoryBytes;
const cut: boolean | undefined = once.stdoutTruncated || once.stderrTruncated;

const options: SandboxOptions = { memoryBytes: 16 << 20, timeoutMs: Infinity, worker: true };
const sb: Sandbox = await Sandbox.create(options);
const inWorker: boolean = sb.worker;
const runOptions: RunOptions = { mode: "single", timeoutMs: 250, fuel: 1e6, maxOutputBytes: 1024, outputLimit: "error", maxRecursionDepth: 50 };
const r = await sb.run("1 + 1", runOptions);
if (!r.ok && r.error) console.log(r.error.kind, r.error.type, r.error.message, r.error.traceback, r.exitCode);
const controller = new AbortController();
const streamed = await sb.run("print(1)", { onOutput: (text: string, stream: "stdout" | "stderr") => void [text, stream], signal: controller.signal });
const aborted: boolean = streamed.error?.kind === "aborted";
const parsed = await sb.run("print(1)", { onOutput: async (text: string) => JSON.parse(text) });
const callbackMessage: string | undefined = parsed.callbackError?.message;
const mounted: SandboxOptions = { files: { "/data/in.csv": "a,b\n", "/lib/blob.bin": new Uint8Array([1]) }, tmpQuotaBytes: 0 };
const written: Record<string, Uint8Array> | undefined = (await runPython("pass", mounted)).files;
const file: Uint8Array | null = await sb.readFile("/tmp/out.csv");
sb.close();
const withFunctions = await Sandbox.create({
  functions: { fetch_json: async (url: string) => ({ url }), add: (a: number, b: number) => a + b },
  maxValueBytes: 1 << 20,
});
withFunctions.close();
const closed: boolean = sb.closed;
{
  using scoped = await Sandbox.create();
  await scoped.run("pass");
}

// @ts-expect-error: mode is "exec" or "single"
await runPython("1", { mode: "eval" });
// @ts-expect-error: unknown option
await runPython("1", { timeoutMillis: 5 });
// @ts-expect-error: worker is a boolean
await Sandbox.create({ worker: "yes" });
// @ts-expect-error: the constructor is private; use Sandbox.create()
new Sandbox();

// @ts-expect-error: file contents are strings or Uint8Arrays
await runPython("1", { files: { "/a": 1 } });

// @ts-expect-error: outputLimit is "truncate" or "error"
await runPython("1", { outputLimit: "drop" });

export { out, kind, lost, ms, cut, inWorker, closed, written, file, callbackMessage };
