// `npm run build` is safe to run twice at once and a no-op when nothing changed: scripts/build.sh
// itself (nothing to rebuild here), and scripts/package.sh in a scratch copy of its inputs, where
// two at once really assemble a new version while a reader keeps looking at pkg/.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** A scratch root with what package.sh reads: scripts, template, built wasm, esbuild. */
function scratch() {
  const root = mkdtempSync(join(tmpdir(), "mpsb-package-"));
  cpSync(join(ROOT, "scripts"), join(root, "scripts"), { recursive: true });
  cpSync(join(ROOT, "pkg-template"), join(root, "pkg-template"), { recursive: true });
  for (const f of ["host/host.js", "host/host_bg.wasm", "guest/micropython.wasm"]) {
    mkdirSync(join(root, "build", f, ".."), { recursive: true });
    cpSync(join(ROOT, "build", f), join(root, "build", f));
  }
  mkdirSync(join(root, "node_modules"));
  for (const d of ["esbuild", ".bin"]) symlinkSync(join(ROOT, "node_modules", d), join(root, "node_modules", d));
  return root;
}

function sh(script) {
  return new Promise((resolve) => {
    const child = spawn("bash", [script], { env: { ...process.env, MPSB_BUILD_LOCKED: "" } });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    child.on("close", (code) => resolve({ code, err }));
  });
}
const packageSh = (root) => sh(join(root, "scripts/package.sh"));

/** Reads pkg/ under `root` until stop() like a process starting then would; returns what went wrong. */
function reader(root, want) {
  let running = true;
  let reads = 0;
  const seen = [];
  const done = (async () => {
    while (running) {
      const files = readdirSync(join(root, "pkg")).sort();
      if (files.join() !== want.join()) seen.push(files.join(" "));
      JSON.parse(readFileSync(join(root, "pkg/package.json"), "utf8"));
      reads++;
      await new Promise((r) => setImmediate(r));
    }
  })();
  return async () => {
    running = false;
    await done;
    return { seen, reads };
  };
}

test("build.sh twice at once with nothing changed: both succeed, pkg/ untouched", async () => {
  const before = readlinkSync(join(ROOT, "pkg"));
  const stop = reader(ROOT, readdirSync(join(ROOT, "pkg")).sort());
  const both = await Promise.all([sh(join(ROOT, "scripts/build.sh")), sh(join(ROOT, "scripts/build.sh"))]);
  const { seen, reads } = await stop();
  for (const r of both) assert.equal(r.code, 0, r.err);
  for (const r of both) assert.doesNotMatch(r.err, /package:/, "nothing to package");
  assert.equal(readlinkSync(join(ROOT, "pkg")), before);
  assert.deepEqual(seen, [], `the reader saw pkg/ change (${reads} reads)`);
});

test("package.sh: no-op when unchanged; two at once with a reader never expose a partial pkg/", async () => {
  const root = scratch();
  try {
    const first = await packageSh(root);
    assert.equal(first.code, 0, first.err);
    const want = readdirSync(join(root, "pkg")).sort();
    assert.ok(want.includes("host_bg.wasm") && want.includes("browser-worker.js"), want.join(" "));
    const v1 = readlinkSync(join(root, "pkg"));

    const again = await packageSh(root);
    assert.equal(again.code, 0, again.err);
    assert.doesNotMatch(again.err, /package:/, "a second run with the same inputs builds nothing");
    assert.equal(readlinkSync(join(root, "pkg")), v1);

    appendFileSync(join(root, "pkg-template/core.js"), "// changed\n");
    const stop = reader(root, want);
    const both = await Promise.all([packageSh(root), packageSh(root)]);
    const { seen, reads } = await stop();
    for (const r of both) assert.equal(r.code, 0, r.err);
    assert.equal(both.filter((r) => /package:/.test(r.err)).length, 1, "one builds, the other finds it built");
    assert.deepEqual(seen, [], `the reader saw an incomplete pkg/ (${reads} reads)`);
    const v2 = readlinkSync(join(root, "pkg"));
    assert.notEqual(v2, v1);
    assert.match(readFileSync(join(root, "pkg/core.js"), "utf8"), /\/\/ changed\n$/);
    assert.deepEqual(readdirSync(join(root, "build")).filter((d) => d.startsWith("pkg-")).sort(), [v1, v2].map((v) => v.slice(6)).sort(),
      "the previous version stays for processes still reading it, no temp folder left");
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
