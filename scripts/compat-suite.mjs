// MicroPython's own test suite (tests/run-tests.py from the Debian source the guest is built from),
// run against a `micropython` binary: shared by `npm run compat` and tests/js/compat.test.js.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** Our CLI as a `micropython` binary (MPSB_MICROPYTHON: another build of it, to compare). */
export const SANDBOX = process.env.MPSB_MICROPYTHON ?? join(ROOT, "scripts/micropython");

export const DIRS = ["basics", "float", "unicode", "misc", "extmod"];
/** extmod tests are named for their module; only those of modules the guest enables run. */
export const EXTMOD_MODULES = ["binascii", "deflate", "hashlib", "heapq", "json", "random", "re", "ticks", "time"];
/** Tests that need micropython-lib's unittest, which Debian's source leaves out (run-tests.py aborts on them). */
const NEEDS_UNITTEST = ["basics/fun_code_lnotab.py", "extmod/machine1.py", "extmod/marshal_micropython.py",
  "extmod/tls_noleak.py", "extmod/tls_threads.py", "extmod/vfs_rom.py"];
const esc = (s) => s.replace(/[.]/g, "\\.");
// run-tests.py applies the last matching -e/-i; the first being -e, everything else is included.
const FILTERS = ["-e", "^extmod/", "-i", `^extmod/(${EXTMOD_MODULES.join("|")})[_0-9.]`,
  "-e", `^(${NEEDS_UNITTEST.map(esc).join("|")})$`];

/** The unpacked MicroPython tree (scripts/compat-source.sh) and the native unix build in it. */
export function sourceTree() {
  return execFileSync("bash", [join(ROOT, "scripts/compat-source.sh")], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim();
}
export function nativeBinary() {
  return execFileSync("bash", [join(ROOT, "scripts/compat-native.sh")], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim();
}

/**
 * Runs run-tests.py with `micropython` on `tests` (paths relative to tests/, e.g. "basics/int1.py")
 * or, without them, on DIRS. Resolves with Map(test → "pass" | "fail" | "skip") and the log.
 */
export async function runTests({ top, micropython, tests, resultDir }) {
  rmSync(resultDir, { recursive: true, force: true });
  mkdirSync(resultDir, { recursive: true });
  const args = ["run-tests.py", "-r", resultDir, "-j", String(cpus().length),
    ...(tests ?? ["-d", ...DIRS, ...FILTERS])];
  const child = spawn("python3", args, {
    cwd: join(top, "tests"),
    // stdin closed like CI's; MICROPY_TEST_TIMEOUT generous for loaded machines.
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, MICROPY_MICROPYTHON: micropython, MICROPY_TEST_TIMEOUT: "120" },
  });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  await new Promise((resolve) => child.on("close", resolve));
  let results;
  try {
    results = JSON.parse(readFileSync(join(resultDir, "_results.json"), "utf8")).results;
  } catch {
    throw new Error(`run-tests.py produced no results:\n${log}`);
  }
  return { results: new Map(results.map(([test, verdict]) => [test, verdict])), log };
}

/** The output run-tests.py saved for a failed test (what we printed, and what was expected). */
export function failureOutput(resultDir, test) {
  const base = join(resultDir, test.replace(/\//g, "_"));
  const read = (ext) => { try { return readFileSync(base + ext, "utf8"); } catch { return ""; } };
  return { out: read(".out"), exp: read(".exp") };
}
