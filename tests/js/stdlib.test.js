// The frozen standard library (guest/lib) against CPython: every program in tests/stdlib/ runs in
// python3 and in an inline sandbox, and their stdout must match. All in this one Node process.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Sandbox } from "micropython-sandbox";

const dir = fileURLToPath(new URL("../stdlib/", import.meta.url));
const programs = readdirSync(dir).filter((f) => f.endsWith(".py")).sort();

let python = null;
try {
  python = execFileSync("python3", ["-c", "import sys; print('%d.%d' % sys.version_info[:2])"], { encoding: "utf8" }).trim();
} catch {}

async function run(code, options = {}, runOptions = {}) {
  const sb = await Sandbox.create({ worker: false, ...options });
  try {
    return await sb.run(code, runOptions);
  } finally {
    sb.close();
  }
}

for (const file of programs) {
  test(`stdlib ${file} matches CPython`, async (t) => {
    if (!python) return t.skip("python3 not found");
    const path = dir + file;
    const want = execFileSync("python3", [path], { encoding: "utf8", cwd: dir });
    const r = await run(readFileSync(path, "utf8"), {}, { filename: file });
    assert.equal(r.stderr, "", `${file} wrote to stderr:\n${r.stderr}`);
    assert.equal(r.error, undefined);
    assert.equal(r.stdout, want);
  });
}

test("the standard library is frozen: on sys.path as .frozen, before /lib", async () => {
  // No files are mounted, so these can only come from the guest itself.
  const r = await run("import sys, typing, collections\nprint(sys.path, typing.__file__, collections.__file__)");
  assert.equal(r.stdout, "['', '.frozen', '/lib'] typing.py collections.py\n");
});

test("a module over 4 KiB imports whole from the sandbox's files", async () => {
  let src = "";
  for (let i = 0; src.length < 20000; i++) src += `V${i} = ${i}\n`;
  src += "LAST = 'end'\n";
  const r = await run("import big\nprint(big.LAST, big.V0)", { files: { "/lib/big.py": src } });
  assert.equal(r.stdout, "end 0\n");
});

test("asyncio: tasks await host functions' promises through the run's top-level await", async () => {
  const functions = { later: (x) => new Promise((resolve) => setTimeout(() => resolve(x * 2), 20 - x)) };
  const r = await run(`
import asyncio
async def job(n):
    v = await later(n)
    await asyncio.sleep(0.01)
    return v
async def main():
    t = asyncio.create_task(job(10))
    return await asyncio.gather(job(1), job(2), job(3)), await t
print(await main())
print(await asyncio.wait_for(job(5), 1))
try:
    asyncio.run(main())
except RuntimeError as e:
    print("RuntimeError", str(e).split(":")[0])
print(asyncio.run(asyncio.sleep(0, "plain")))
`, { functions });
  assert.equal(r.stderr, "");
  assert.equal(r.stdout, "([2, 4, 6], 20)\n10\nRuntimeError a host function's promise cannot be awaited inside asyncio.run()\nplain\n");
});
