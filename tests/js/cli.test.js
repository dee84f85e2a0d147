// The CLI behaves like the `micropython` binary for scripts.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const CLI = fileURLToPath(new URL("../../pkg/bin/cli.js", import.meta.url));
const cli = (args, input) => spawnSync(process.execPath, [CLI, ...args], { input, encoding: "utf8" });

test("-c runs code and exits 0", () => {
  const r = cli(["-c", "print(6 * 7)"]);
  assert.equal(r.stdout, "42\n");
  assert.equal(r.status, 0);
});

test("a file with an uncaught exception prints the traceback and exits 1", () => {
  const dir = mkdtempSync(join(tmpdir(), "mpsb-"));
  const file = join(dir, "boom.py");
  writeFileSync(file, "print('before')\nraise KeyError('k')\n");
  const r = cli([file]);
  assert.equal(r.stdout, "before\n");
  assert.match(r.stderr, /File ".*boom\.py", line 2/);
  assert.match(r.stderr, /KeyError: 'k'/);
  assert.equal(r.status, 1);
});

test("sys.exit(N) is the exit status", () => {
  assert.equal(cli(["-c", "import sys; sys.exit(7)"]).status, 7);
});

test("-X heapsize sets the heap and -X emit=bytecode is accepted", () => {
  const r = cli(["-X", "emit=bytecode", "-X", "heapsize=64k", "-c", "x = bytearray(1024 * 1024)"]);
  assert.match(r.stderr, /MemoryError/);
  assert.equal(r.status, 1);
  assert.equal(cli(["-X", "heapsize=4m", "-c", "x = bytearray(1024 * 1024)"]).status, 0);
});

test("piped stdin runs as a script", () => {
  const r = cli([], "for i in range(3):\n    print(i)\n");
  assert.equal(r.stdout, "0\n1\n2\n");
});

test("bad arguments exit 2 with usage", () => {
  const r = cli(["-Z"]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /usage:/);
});

test("limit flags report the kind on stderr and exit non-zero", () => {
  const cases = [
    [["--timeout", "200", "-c", "while True: pass"], /^micropython-sandbox: timeout: timed out after 200 ms$/m],
    [["--fuel=100000", "-c", "while True: pass"], /^micropython-sandbox: fuel: fuel exhausted \(budget 100000 units\)$/m],
    [["--max-output", "100", "-c", "print('x' * 500)"], /^micropython-sandbox: output: output exceeded 100 bytes$/m],
    [["--memory", "4m", "-c", "x = bytearray(10**7)"], /MemoryError/],
  ];
  for (const [args, stderr] of cases) {
    const r = cli(args);
    assert.match(r.stderr, stderr, args.join(" "));
    assert.equal(r.status, 1, args.join(" "));
  }
  assert.equal(cli(["--fuel", "1000000", "--timeout", "5000", "-c", "print(sum(range(100)))"]).stdout, "4950\n");
  assert.equal(cli(["--fuel", "-5", "-c", "1"]).status, 2);
});
