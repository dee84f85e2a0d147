// CommonJS entry (the `require` export condition in Node). The package is ES modules, which
// require() loads in Node >= 20.19 and >= 22.12 (no top-level await in the graph); older Nodes
// throw ERR_REQUIRE_ESM, which we turn into a message saying what to do.
"use strict";
try {
  module.exports = require("./node.js");
} catch (e) {
  if (e?.code !== "ERR_REQUIRE_ESM") throw e;
  throw new Error(
    `micropython-sandbox is an ES module, and this Node (${process.version}) cannot require() one. ` +
      'Use `import { runPython } from "micropython-sandbox"`, or from CommonJS ' +
      '`const { runPython } = await import("micropython-sandbox")`, or Node >= 20.19 / >= 22.12.',
    { cause: e },
  );
}
