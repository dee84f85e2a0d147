// Every ```js run block in README.md runs as written and exits cleanly.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const readme = readFileSync(new URL("README.md", `file://${root}/`), "utf8");
const blocks = [...readme.matchAll(/```js run\n([\s\S]*?)```/g)].map((m) => m[1]);

test("README has runnable examples", () => assert.ok(blocks.length > 0));

blocks.forEach((code, i) => {
  test(`README example ${i + 1}`, () => {
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd: root, encoding: "utf8" });
    assert.equal(r.stderr, "");
    assert.equal(r.status, 0);
    // What the example documents with `// → line` comments is exactly what it prints.
    const documented = [...code.matchAll(/\/\/ → (.+)$/gm)].map((m) => m[1]);
    assert.ok(documented.length > 0, "example documents its output");
    assert.deepEqual(r.stdout.trimEnd().split("\n"), documented);
  });
});
