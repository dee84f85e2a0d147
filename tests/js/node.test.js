// Runs the shared behaviour list (tests/cases.js) in this Node: once with the defaults (sandboxes
// in worker_threads) and once with every sandbox inline (`worker: false`).
import { describe, test } from "node:test";
import * as api from "micropython-sandbox";
import { cases, NotApplicable } from "../cases.js";

const inline = {
  runPython: (code, options) => api.runPython(code, { worker: false, ...options }),
  Sandbox: { create: (options) => api.Sandbox.create({ worker: false, ...options }) },
};

for (const [mode, modeApi] of [["worker", api], ["inline", inline]]) {
  describe(`${mode} sandboxes`, () => {
    for (const [name, fn] of cases) {
      test(name, async (t) => {
        if (mode === "inline" && name.startsWith("Workers are used by default")) {
          return t.skip("n/a: this pass makes every sandbox inline");
        }
        try {
          await fn(modeApi);
        } catch (e) {
          if (!(e instanceof NotApplicable)) throw e;
          t.skip(`n/a: ${e.message}`);
        }
      });
    }
  });
}
