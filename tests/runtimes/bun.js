// The shared behaviour list in Bun (JavaScriptCore), importing the package by name (Bun takes the
// "node" export condition): once with the defaults (sandboxes in worker_threads) and once with
// every sandbox inline (minus the cases that are inline in both passes anyway).
// Run: bun tests/runtimes/bun.js
import * as api from "micropython-sandbox";
import { runCases } from "./run-cases.js";

const inline = {
  runPython: (code, options) => api.runPython(code, { worker: false, ...options }),
  Sandbox: { create: (options) => api.Sandbox.create({ worker: false, ...options }) },
};
let failed = 0;
for (const [mode, modeApi, only] of [["Workers", api], ["inline", inline, /^(?!Workers are used by default|memory cap: 1000 sandboxes)/]]) {
  const report = await runCases(modeApi, { label: `Bun ${Bun.version}, ${mode}`, only });
  console.log(report.lines.join("\n"));
  failed += report.failed;
}
process.exit(failed ? 1 : 0);
