// The package as published: `npm publish --dry-run` is clean (npm corrects nothing in
// package.json), and the tarball holds exactly what the package reaches: every file named by
// package.json and every relative import or `new URL(…, import.meta.url)` of its modules, plus
// the docs. Nothing else (no temp files, no build leftovers).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const PKG = fileURLToPath(new URL("../../pkg/", import.meta.url));
const DOCS = ["README.md", "CHANGELOG.md", "package.json"];

test("npm publish --dry-run: no warning but the login one", () => {
  const r = spawnSync("npm", ["publish", "--dry-run", "--offline"], { cwd: PKG, encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  const warnings = r.stderr.split("\n").filter((l) => /warn|error/i.test(l) && !/requires you to be logged in/.test(l));
  assert.deepEqual(warnings, []);
});

test("the tarball holds exactly the files the package reaches", () => {
  const [pack] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--offline"], { cwd: PKG, encoding: "utf8" }));
  const packed = pack.files.map((f) => f.path).sort();
  const manifest = JSON.parse(readFileSync(join(PKG, "package.json"), "utf8"));
  const reached = new Set(DOCS);
  const visit = (file) => {
    file = normalize(file).replace(/^\.\//, "");
    if (reached.has(file)) return;
    reached.add(file);
    if (!/\.c?js$/.test(file)) return;
    const text = readFileSync(join(PKG, file), "utf8");
    const refs = [
      ...text.matchAll(/(?:from|import\(|require\()\s*"(\.{1,2}\/[^"]+)"/g),
      ...text.matchAll(/new URL\("(\.\/[^"]+)", import\.meta\.url\)/g),
    ];
    for (const [, ref] of refs) visit(join(file, "..", ref));
  };
  const entries = [...Object.values(manifest.exports["."]), manifest.exports["./package.json"], manifest.main,
    manifest.browser, manifest.types, ...Object.values(manifest.bin), ...manifest.sideEffects];
  for (const entry of entries) visit(entry);
  assert.deepEqual(packed, [...reached].sort());
  console.log(`# tarball: ${pack.size} bytes, ${pack.unpackedSize} unpacked, ${packed.length} files`);
});
