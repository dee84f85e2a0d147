// `npm run compat`: MicroPython's tests/run-tests.py on the native unix build and on our CLI, side by
// side; prints the counts and every test that passes natively but not in the sandbox, and rewrites
// docs/compatibility.md. Exits 1 when such a test is not explained in compat-differences.mjs.
import { readFileSync, writeFileSync } from "node:fs";
import { arch, cpus } from "node:os";
import { join } from "node:path";
import { DIRS, EXTMOD_MODULES, ROOT, SANDBOX, failureOutput, nativeBinary, runTests, sourceTree } from "./compat-suite.mjs";
import { INTENTIONAL, PENDING } from "./compat-differences.mjs";

const started = performance.now();
const top = sourceTree();
const native = nativeBinary();
const resultDirs = { native: join(ROOT, "build/compat/native"), sandbox: join(ROOT, "build/compat/sandbox") };
const runs = {};
for (const [name, micropython] of [["native", native], ["sandbox", SANDBOX]]) {
  const t = performance.now();
  process.stderr.write(`[compat] run-tests.py on ${name} (${micropython})\n`);
  runs[name] = (await runTests({ top, micropython, resultDir: resultDirs[name] })).results;
  process.stderr.write(`[compat] ${name}: ${((performance.now() - t) / 1000).toFixed(0)} s\n`);
}

const verdicts = ["pass", "fail", "skip"];
const count = (results, dir) => {
  const c = { pass: 0, fail: 0, skip: 0 };
  for (const [test, v] of results) if (dir === undefined || test.startsWith(dir + "/")) c[v]++;
  return c;
};
const fmt = (c) => verdicts.map((v) => c[v]).join(" / ");
const countRows = [...DIRS, undefined].map((dir) => [dir ?? "total", fmt(count(runs.native, dir)), fmt(count(runs.sandbox, dir))]);

const sandboxOnly = [...runs.native].filter(([t, v]) => v === "pass" && runs.sandbox.get(t) !== "pass").map(([t]) => t);
const nativeOnly = [...runs.sandbox].filter(([t, v]) => v === "pass" && runs.native.get(t) !== "pass").map(([t]) => t);
const unexplained = sandboxOnly.filter((t) => !(t in INTENTIONAL) && !(t in PENDING));
const verdict = (t) => runs.sandbox.get(t) ?? "not run";
/** First differing line of a failed test's output, for a hint of what went wrong. */
function firstDiff(test) {
  const { out, exp } = failureOutput(resultDirs.sandbox, test);
  const o = out.split("\n"), e = exp.split("\n");
  const i = o.findIndex((line, k) => line !== e[k]);
  return i < 0 ? "" : `line ${i + 1}: got ${JSON.stringify(o[i]).slice(0, 80)}, expected ${JSON.stringify(e[i] ?? "").slice(0, 80)}`;
}
const seconds = ((performance.now() - started) / 1000).toFixed(0);

// ---- console ----
const table = (rows) => {
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(w[i])).join("  ")).join("\n");
};
console.log(`\nMicroPython tests/run-tests.py — pass / fail / skip\n`);
console.log(table([["dir", "native", "sandbox"], ...countRows]));
console.log(`\nPass natively, not in the sandbox: ${sandboxOnly.length}`);
for (const t of sandboxOnly) {
  const why = INTENTIONAL[t] ? `intentional: ${INTENTIONAL[t]}` : PENDING[t] ? `fix proposed: ${PENDING[t]}` : `UNEXPLAINED ${firstDiff(t)}`;
  console.log(`  ${t} (${verdict(t)}) — ${why}`);
}
console.log(`\nPass in the sandbox, not natively (options the unix standard variant leaves out): ${nativeOnly.length}`);
console.log(`\n${seconds} s`);

// ---- docs/compatibility.md ----
// Its sections from the first of these headings on are not this script's: the standard-library
// section is written by hand, the CPython one by `npm run cpython-diff -- --docs`. Kept as they are.
const KEPT_HEADINGS = ["\n## Differences from CPython", "\n## CPython's standard library"];
const DOC = join(ROOT, "docs/compatibility.md");
const previous = readFileSync(DOC, "utf8");
const keptAt = Math.min(...KEPT_HEADINGS.map((h) => previous.indexOf(h)).filter((i) => i >= 0));
const keptSections = Number.isFinite(keptAt) ? previous.slice(keptAt) : "";
const md = (rows) => [`| ${rows[0].join(" | ")} |`, `|${rows[0].map(() => " --- ").join("|")}|`, ...rows.slice(1).map((r) => `| ${r.join(" | ")} |`)].join("\n");
const list = (tests, reasons) => md([["test", "in the sandbox", "why"], ...tests.map((t) => [`\`${t}\``, verdict(t), reasons[t]])]);
writeFileSync(DOC, `# Compatibility with MicroPython

micropython-sandbox runs MicroPython 1.26.1. To check that it behaves like MicroPython,
\`npm run compat\` runs MicroPython's own test suite (\`tests/run-tests.py\` from the Debian source
package the guest is built from) twice: on MicroPython's native unix port built from that same source
(\`VARIANT=standard\`, without FFI, btree and SSL), and on our CLI (\`scripts/micropython\`). This
file is written by that command; the reasons come from \`scripts/compat-differences.mjs\`. Its last
section compares with CPython instead: see [Differences from CPython](#differences-from-cpython-differential-corpus).

Test directories: ${DIRS.map((d) => `\`${d}\``).join(", ")}; in \`extmod\` only the tests of modules
the sandbox has (${EXTMOD_MODULES.map((m) => `\`${m}\``).join(", ")}). Six tests need
micropython-lib's \`unittest\`, which Debian's source leaves out, and are not run.

## Results (pass / fail / skip)

${md([["directory", "native", "sandbox"], ...countRows])}

A test skips itself when a feature it needs is missing (it prints \`SKIP\`), so a native pass
that the sandbox skips counts as a difference below. ${nativeOnly.length} tests pass in the sandbox but
not natively: the sandbox enables options the unix standard variant leaves out.

## Intentional differences

The sandbox has no access to the host's files (only its own virtual files, and the CLI mounts
none), no raw memory access, no hardware and no process exit: nothing a program does may reach
outside its sandbox or run outside its limits.

${list(sandboxOnly.filter((t) => t in INTENTIONAL), INTENTIONAL)}

Not exercised above because their tests were not selected: \`os\`, \`select\`, \`socket\`, \`ssl\`,
\`asyncio\` (needs \`select\`), \`_thread\`, \`vfs\`, \`uctypes\`, \`machine\`, \`framebuf\`,
\`platform\`, \`btree\`, \`cryptolib\`, \`marshal\`, \`websocket\` are not in the sandbox, for the
same reasons (or because they need one of those).

## Harmless gaps, fix proposed

${sandboxOnly.some((t) => t in PENDING) ? list(sandboxOnly.filter((t) => t in PENDING), PENDING) : "None."}

## Unexplained

${unexplained.length ? list(unexplained, Object.fromEntries(unexplained.map((t) => [t, firstDiff(t)]))) : "None."}

---
Last run: ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus()[0]?.model ?? arch()} ×${cpus().length}, ${seconds} s.
Reproduce: \`npm run compat\` (builds the native reference once per machine, ~2 minutes). The
full run takes minutes (a Node process per test), so \`npm test\` runs a fixed slice of it
(\`tests/js/compat.test.js\`) and asserts that slice passes.
${keptSections}`);
process.exitCode = unexplained.length ? 1 : 0;
