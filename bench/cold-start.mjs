// One cold start, in this fresh process: import → first result. Prints the ms. Used by run.mjs.
const product = process.argv[2];
const t = performance.now();
let out;
if (product === "ours") {
  const { runPython } = await import("micropython-sandbox");
  out = (await runPython("print(1)", { worker: false })).stdout;
} else if (product === "web") {
  const { loadMicroPython } = await import("@micropython/micropython-webassembly-pyscript");
  out = "";
  const mp = await loadMicroPython({ stdout: (line) => (out += line + "\n") });
  mp.runPython("print(1)");
} else if (product === "pyodide") {
  const { loadPyodide } = await import("pyodide");
  out = "";
  const py = await loadPyodide({ stdout: (line) => (out += line + "\n") });
  py.runPython("print(1)");
}
if (out !== "1\n") throw new Error(`${product}: unexpected output ${JSON.stringify(out)}`);
console.log(performance.now() - t);
