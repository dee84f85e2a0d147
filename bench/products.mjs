// The four things compared, behind one shape: `start()` gives an interpreter with
// `run(code) → stdout` and `close()`; `files` are what each ships (wasm + JS, and Pyodide's stdlib).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Sandbox } from "micropython-sandbox";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";
import { loadPyodide } from "pyodide";

const HEAP = 64 * 1024 * 1024;
const modules = fileURLToPath(new URL("../node_modules/", import.meta.url));
const pkgDir = fileURLToPath(new URL("../pkg/", import.meta.url));

export const ours = {
  name: "micropython-sandbox",
  files: readdirSync(pkgDir).filter((f) => /\.(wasm|js)$/.test(f)).map((f) => join(pkgDir, f)),
  async start() {
    // Inline (the sandbox itself, not a Worker around it), and no deadline: native has none.
    const sb = await Sandbox.create({ memoryBytes: HEAP, worker: false, timeoutMs: Infinity });
    return {
      async run(code) {
        const r = await sb.run(code);
        if (!r.ok) throw new Error(`sandbox: ${r.stderr || r.error.message}`);
        return r.stdout;
      },
      close: () => sb.close(),
    };
  },
};

export const web = {
  name: "MicroPython web build",
  files: ["micropython.mjs", "micropython.wasm"].map((f) => join(modules, "@micropython/micropython-webassembly-pyscript", f)),
  async start() {
    let out = "";
    // pystack in words; the default 2 K words is too shallow for some perf_bench programs.
    const mp = await loadMicroPython({ heapsize: HEAP, pystack: 64 * 1024, stdout: (line) => (out += line + "\n") });
    return {
      run(code) {
        out = "";
        mp.runPython(code);
        return out;
      },
      close() {},
    };
  },
};

export const pyodide = {
  name: "Pyodide",
  files: ["pyodide.asm.wasm", "pyodide.asm.mjs", "pyodide.mjs", "python_stdlib.zip", "pyodide-lock.json"].map((f) => join(modules, "pyodide", f)),
  async start() {
    let out = "";
    const py = await loadPyodide({ stdout: (line) => (out += line + "\n") });
    const newDict = py.globals.get("dict");
    return {
      run(code) {
        out = "";
        const globals = newDict();
        py.runPython(code, { globals });
        globals.destroy();
        return out;
      },
      close() {},
    };
  },
};

/** The native unix port: a process per program. */
export function native(binary) {
  const dir = mkdtempSync(join(tmpdir(), "mpsb-bench-"));
  return {
    name: "native MicroPython",
    files: [binary],
    async start() {
      return {
        run(code) {
          const file = join(dir, "program.py");
          writeFileSync(file, code);
          const r = spawnSync(binary, ["-X", `heapsize=${HEAP}`, file], { encoding: "utf8" });
          if (r.status !== 0) throw new Error(`native: ${r.stderr}`);
          return r.stdout;
        },
        close() {},
      };
    },
  };
}
