// Output is written exactly once, whatever point of a print the fuel slices end at (each slice
// end runs the guest's fuel handler, which flushes the output buffer when no write is under way).
import { test } from "node:test";
import assert from "node:assert/strict";
import { Sandbox } from "micropython-sandbox";

test("prints are never written twice or lost when a fuel slice ends inside one", async () => {
  // 600-character lines make the buffer's copy a large share of each print's fuel, so many of
  // the ~16 slice ends land on it (before the fix: 1818 characters written twice here).
  const sb = await Sandbox.create({ worker: false, maxOutputBytes: 16 << 20 });
  try {
    const line = "y".repeat(600);
    const n = 10_000;
    const r = await sb.run(`s = '${line}'\nfor i in range(${n}):\n    print(i, s)`);
    assert.equal(r.error, undefined);
    const want = Array.from({ length: n }, (_, i) => `${i} ${line}\n`).join("");
    assert.equal(r.stdout.length, want.length);
    assert.ok(r.stdout === want, "stdout is every line once, in order");
  } finally {
    sb.close();
  }
});
