// The CLI gives scripts what `micropython` gives them (MicroPython's test runner relies on it).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const CLI = fileURLToPath(new URL("../../pkg/bin/cli.js", import.meta.url));
const cli = (args, input) => spawnSync(process.execPath, [CLI, ...args], { input, encoding: "utf8" });
const SHOW = "import sys\nprint(sys.argv, __file__)\n";

test("sys.argv and __file__ for -c, a file and stdin", () => {
  assert.equal(cli(["-c", SHOW, "a", "b"]).stdout, "['-c', 'a', 'b'] <stdin>\n");
  const file = join(mkdtempSync(join(tmpdir(), "mpsb-")), "show.py");
  writeFileSync(file, SHOW);
  assert.equal(cli([file, "x"]).stdout, `['${file}', 'x'] ${file}\n`);
  assert.equal(cli([], SHOW).stdout, "[] <stdin>\n");
});

test("a missing script exits 2 naming the file", () => {
  const r = cli(["/nonexistent/script.py"]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /can't open file '\/nonexistent\/script\.py'/);
});
