// `npm run cpython-diff`: the differential corpus (tests/cpython/) run in CPython (`python3`, 3.11)
// and in the sandbox; stdout compared exactly, and the exception class when a program raises.
// Prints a table per topic; `--verbose` shows each failure's diff; `--docs` rewrites the
// "Differences from CPython" section of docs/compatibility.md from the results and the ledger;
// `--ledger` rewrites tests/cpython/known-failures.txt (keeping the reasons already written).
// Extra arguments keep only the cases whose name contains one of them. The expected output is
// made at run time by python3 (cached in build/cpython-diff/).
import { spawn, execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CORPUS = join(ROOT, "tests/cpython");
const LEDGER = join(CORPUS, "known-failures.txt");
const DOCS = join(ROOT, "docs/compatibility.md");
const README = join(ROOT, "README.md");
const SECTION = "## Differences from CPython (differential corpus)";
/** CPython's results, by python3 version and program text (untracked; delete it to regenerate). */
const CACHE = join(ROOT, "build/cpython-diff/cpython-results.json");

/**
 * Every case of the corpus: `{ id, topic, code, stderr }`. A topic file (core/, stdlib/) holds
 * cases after `## case NAME` lines (`## case NAME stderr` also compares stderr, for tracebacks);
 * an everyday/ file is one program. Lines before a file's first case describe the topic.
 */
export function loadCorpus() {
  const cases = [];
  const topics = new Map();
  for (const dir of ["core", "stdlib", "everyday"]) {
    for (const file of readdirSync(join(CORPUS, dir)).filter((f) => f.endsWith(".py")).sort()) {
      const text = readFileSync(join(CORPUS, dir, file), "utf8");
      const name = basename(file, ".py");
      if (dir === "everyday") {
        topics.set("everyday", "everyday programs: data reshaping, formatting, sorting, small classes");
        cases.push({ id: `everyday/${name}`, topic: "everyday", code: text, stderr: false });
        continue;
      }
      const topic = `${dir}/${name}`;
      const [head, ...blocks] = text.split(/^## case /m);
      topics.set(topic, head.replace(/^#\s?/gm, "").trim().replace(/\s+/g, " "));
      for (const block of blocks) {
        const nl = block.indexOf("\n");
        const [caseName, ...flags] = block.slice(0, nl).trim().split(/\s+/);
        cases.push({ id: `${topic}:${caseName}`, topic, code: block.slice(nl + 1), stderr: flags.includes("stderr") });
      }
    }
  }
  const ids = new Set();
  for (const c of cases) {
    if (ids.has(c.id)) throw new Error(`duplicate case ${c.id}`);
    ids.add(c.id);
  }
  return { cases, topics };
}

/** The CPython that produces the expected output: `python3`, which must be 3.11. */
export function cpythonVersion() {
  try {
    return execFileSync("python3", ["-c", "import sys; print(sys.version.split()[0])"], { encoding: "utf8" }).trim();
  } catch (e) {
    throw new Error(`python3 (CPython 3.11) is needed for the expected output: ${e.message} (Debian 12: apt-get install python3)`);
  }
}

/**
 * CPython's result for every case: from the cache when python3's version and the program are
 * unchanged, otherwise by running python3 (then cached), so reruns cost only the sandbox's side.
 */
export async function cpythonResults(cases, version = cpythonVersion()) {
  let cache = {};
  try {
    cache = JSON.parse(readFileSync(CACHE, "utf8"));
  } catch {}
  const key = (c) => createHash("sha256").update(`${version}\0${c.code}`).digest("hex");
  const missing = cases.filter((c) => !cache[key(c)]);
  if (missing.length) {
    const fresh = await runCPython(missing);
    for (const c of missing) cache[key(c)] = fresh.get(c.id);
    const keep = Object.fromEntries(cases.map((c) => [key(c), cache[key(c)]]));
    mkdirSync(dirname(CACHE), { recursive: true });
    writeFileSync(CACHE, JSON.stringify(keep));
  }
  return new Map(cases.map((c) => [c.id, cache[key(c)]]));
}

/** Runs the cases in python3 (one process forking per case: scripts/cpython-run.py). */
export function runCPython(cases) {
  return new Promise((resolve, reject) => {
    const child = spawn("python3", [join(ROOT, "scripts/cpython-run.py")], {
      env: { ...process.env, PYTHONIOENCODING: "utf-8", PYTHONHASHSEED: "0", TZ: "UTC" },
      stdio: ["pipe", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (d) => { out += d; });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`python3 scripts/cpython-run.py exited with ${code}`));
      const results = new Map();
      for (const line of out.split("\n").filter(Boolean)) {
        const r = JSON.parse(line);
        results.set(r.name, r);
      }
      resolve(results);
    });
    child.stdin.end(JSON.stringify(cases.map((c) => ({ name: c.id, code: c.code }))));
  });
}

/** Runs the cases in the sandbox: a fresh inline interpreter per case, generous limits. */
export async function runSandbox(cases) {
  const { runPython } = await import("micropython-sandbox");
  const results = new Map();
  for (const c of cases) {
    const r = await runPython(c.code, { worker: false, timeoutMs: 20_000, memoryBytes: 128 * 1024 * 1024 });
    const isPython = r.error?.kind === "python";
    // `sys.exit(0)` is a successful run with `exitCode: 0` in the sandbox's API; CPython's side
    // reports every SystemExit, so count any exit code as one here.
    const error = r.exitCode != null ? "SystemExit" : r.error ? (isPython ? r.error.type : `${r.error.kind}: ${r.error.message}`) : null;
    results.set(c.id, {
      stdout: r.stdout,
      stderr: r.stderr,
      error,
      exitCode: r.exitCode ?? null,
      message: r.error?.message ?? "",
    });
  }
  return results;
}

/** Whether the sandbox did what CPython did: same stdout, exception class, exit code (and stderr). */
function same(c, cp, sb) {
  return cp.stdout === sb.stdout && cp.error === sb.error
    && (cp.error !== "SystemExit" || cp.exitCode === sb.exitCode)
    && (!c.stderr || cp.stderr === sb.stderr);
}

/** Runs the corpus (optionally only cases whose name contains one of `filters`) in both; one row per case. */
export async function runCorpus(filters = [], { version } = {}) {
  const { cases: all, topics } = loadCorpus();
  const cases = filters.length ? all.filter((c) => filters.some((f) => c.id.includes(f))) : all;
  const [cp, sb] = await Promise.all([cpythonResults(cases, version), runSandbox(cases)]);
  const rows = cases.map((c) => ({ ...c, cp: cp.get(c.id), sb: sb.get(c.id) }))
    .map((r) => ({ ...r, pass: same(r, r.cp, r.sb) }));
  return { rows, topics };
}

/** The ledger: case id → reason ("[class] detail"). */
export function readLedger() {
  const ledger = new Map();
  for (const line of readFileSync(LEDGER, "utf8").split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const m = /^(\S+)\s*(.*)$/.exec(line);
    ledger.set(m[1], m[2].trim());
  }
  return ledger;
}

/** The failure class a core topic's cases fall in unless their error says otherwise. */
const TOPIC_CLASS = {
  "extended-slices": "extended-slices", "ordered-dicts": "dict-order", "stable-sort": "stable-sort",
  "bool-int": "bool-int", "dict-views": "dict-views", "builtin-kwargs": "kwargs", "str-methods": "methods",
  "bytes-methods": "methods", "number-methods": "methods", "builtins-misc": "methods", "format-spec": "format-spec",
  fstrings: "format-spec", "percent-format": "format-spec", "match-statement": "match",
  "exception-repr": "exception-repr", "str-repr": "str-repr", "big-ints": "big-ints", "syntax-forms": "syntax",
  "type-names": "type-names", "classes-dunders": "classes", "collections-builtin": "methods",
  "functions-scoping": "classes", "algorithm-snippets": "other",
};

/** Where a builtin type's methods live in MicroPython's source. */
const TYPE_FILE = {
  str: "py/objstr.c", bytes: "py/objstr.c", bytearray: "py/objarray.c", memoryview: "py/objarray.c", int: "py/objint.c",
  float: "py/objfloat.c", complex: "py/objcomplex.c", function: "py/objfun.c", list: "py/objlist.c", dict: "py/objdict.c",
  set: "py/objset.c", tuple: "py/objtuple.c", type: "py/objtype.c",
};

/** A first guess at why a case fails, from what the sandbox raised; refined by hand in the ledger. */
function guessReason(r) {
  const m = r.sb.message;
  const e = r.sb.error;
  if (e === "ImportError") return `[stdlib] ${/can't import name/.test(m) ? m : `no module ${/'([^']+)'/.exec(m)?.[1] ?? m}`}`;
  let a = /^module '([^']+)' has no attribute '([^']+)'/.exec(m);
  if (a) return `[stdlib] ${a[1]}.${a[2]} missing`;
  if (/only slices with step=1/.test(m)) return "[extended-slices] step slices not implemented";
  if (/overflow converting long int to machine word/.test(m)) return "[big-ints] big int where a machine word is needed";
  if (/dict_view/.test(m)) return `[dict-views] ${m}`;
  if (/SystemExit' object has no attribute 'code'|__cause__|__context__|__notes__|add_note/.test(m)) return `[exception-repr] ${m}`;
  const cls = TOPIC_CLASS[r.topic.split("/")[1]] ?? (r.topic.startsWith("stdlib/") ? "stdlib" : "other");
  if (e === "SyntaxError") return `[${["match", "format-spec"].includes(cls) ? cls : "syntax"}] SyntaxError: ${m}`;
  if (/keyword arguments/.test(m)) return `[kwargs] ${m}`;
  a = /'([^']+)' object has no attribute '([^']+)'/.exec(m) ?? /type object '([^']+)' has no attribute '([^']+)'/.exec(m);
  if (a) return `[methods] ${a[1]}.${a[2]} missing${TYPE_FILE[a[1]] ? ` (${TYPE_FILE[a[1]]})` : ""}`;
  a = /^name '([^']+)' isn't defined/.exec(m);
  if (a) return `[methods] builtin ${a[1]} missing (py/modbuiltins.c)`;
  if (e && e !== r.cp.error) return `[${cls}] ${e}: ${m}`.slice(0, 110);
  return `[${cls}] output differs`;
}

function diff(r) {
  const lines = [];
  if (r.cp.error !== r.sb.error) lines.push(`  exception: cpython ${r.cp.error}  sandbox ${r.sb.error} ${r.sb.message}`);
  if (r.cp.stdout !== r.sb.stdout) {
    const a = r.cp.stdout.split("\n");
    const b = r.sb.stdout.split("\n");
    for (let i = 0, shown = 0; i < Math.max(a.length, b.length) && shown < 4; i++) {
      if (a[i] === b[i]) continue;
      lines.push(`  line ${i + 1}:\n    cpython: ${JSON.stringify(a[i] ?? null)}\n    sandbox: ${JSON.stringify(b[i] ?? null)}`);
      shown++;
      if (b[i] === undefined) break; // the sandbox stopped here (its exception is shown above)
    }
  }
  if (r.stderr && r.cp.stderr !== r.sb.stderr) lines.push(`  stderr:\n--- cpython\n${r.cp.stderr}--- sandbox\n${r.sb.stderr}`);
  return lines.join("\n");
}

/** Per topic: [topic, passed, total]. */
export function scores(rows) {
  const by = new Map();
  for (const r of rows) {
    const s = by.get(r.topic) ?? [r.topic, 0, 0];
    s[1] += r.pass ? 1 : 0;
    s[2] += 1;
    by.set(r.topic, s);
  }
  return [...by.values()];
}

function writeDocs(rows, topics, ledger, version) {
  const pct = (p, t) => `${Math.round((100 * p) / t)} %`;
  const passed = rows.filter((r) => r.pass).length;
  const classes = new Map();
  for (const r of rows.filter((r) => !r.pass)) {
    const cls = /^\[([^\]]+)\]/.exec(ledger.get(r.id) ?? "")?.[1] ?? "unlisted";
    classes.set(cls, (classes.get(cls) ?? 0) + 1);
  }
  let md = `${SECTION}

Written by \`npm run cpython-diff -- --docs\`. The differential corpus (\`tests/cpython/\`) is
${rows.length} small programs, one topic per file, each run in CPython ${version} (\`python3\`) and
in the sandbox; a case passes when stdout is identical and the same exception class (if any) ends
it (tracebacks compared where a case says so). \`tests/js/cpython-diff.test.js\` fails when a case
outside \`tests/cpython/known-failures.txt\` fails, or a listed one starts passing.

**Score: ${passed} / ${rows.length} (${pct(passed, rows.length)}).**

\`str\` methods follow Unicode as CPython 3.11 does (patch 0040, \`guest/strmethods.c\`): \`isalpha
isdigit isdecimal isnumeric isalnum isspace isupper islower istitle isprintable isidentifier\` and
\`upper lower title capitalize swapcase casefold\` (full mappings: \`'ß'.upper() == 'SS'\`) cover
every code point, from tables generated from CPython 3.11 (Unicode 14) by
\`scripts/gen-unicode-table.py\`; \`repr()\` shows the printable characters as themselves. Not
covered: the final-sigma rule skips no case-ignorable characters (\`'AΣ'.lower()\` is right,
\`"A'Σ".lower()\` is not), and \`encode\`/\`decode\` know \`utf-8\`, \`ascii\` and \`latin-1\` only
(errors \`strict ignore replace backslashreplace\`, and \`xmlcharrefreplace\` for encoding).

Failures by class (the ledger's \`[class]\`; a fix of one class gains its cases):

| class | failing cases | where in MicroPython (or what is missing) |
| --- | --- | --- |
${[...classes].sort((a, b) => b[1] - a[1]).map(([c, n]) => `| ${c} | ${n} | ${CLASS_WHERE[c] ?? ""} |`).join("\n")}

| topic | passed | total | score |
| --- | --- | --- | --- |
${scores(rows).map(([t, p, n]) => `| ${t} | ${p} | ${n} | ${pct(p, n)} |`).join("\n")}
| **all** | **${passed}** | **${rows.length}** | **${pct(passed, rows.length)}** |

Failing behaviours per topic (the reason is the first difference a case meets, from the ledger;
fixing it may uncover another):
`;
  for (const [topic] of scores(rows)) {
    const failing = rows.filter((r) => r.topic === topic && !r.pass);
    if (!failing.length) continue;
    const byReason = new Map();
    for (const r of failing) {
      const reason = ledger.get(r.id) ?? "(not in the ledger: a regression)";
      byReason.set(reason, [...(byReason.get(reason) ?? []), r.id.split(/[:/]/).pop()]);
    }
    md += `\n- **${topic}** — ${topics.get(topic)}\n`;
    for (const [reason, names] of byReason) md += `  - ${reason}: ${names.map((n) => `\`${n}\``).join(", ")}\n`;
  }
  const doc = readFileSync(DOCS, "utf8");
  const start = doc.indexOf(SECTION);
  const end = start < 0 ? -1 : doc.indexOf("\n## ", start + SECTION.length);
  const before = start < 0 ? doc.replace(/\n*$/, "\n\n") : doc.slice(0, start);
  const after = end < 0 ? "" : doc.slice(end + 1);
  writeFileSync(DOCS, `${before}${md}${after ? `\n${after}` : ""}`);
  // The README states the score too.
  const everyday = rows.filter((r) => r.topic === "everyday");
  const readme = readFileSync(README, "utf8")
    .replace(/— \d+ small programs/, `— ${rows.length} small programs`)
    .replace(/and \d+ everyday programs, each/, `and ${everyday.length} everyday programs, each`)
    .replace(/currently scores \*\*[^*]+\*\*; \d+ of its \d+ everyday programs/,
      `currently scores **${passed} / ${rows.length} (${pct(passed, rows.length)})**; ${everyday.filter((r) => r.pass).length} of its ${everyday.length} everyday programs`);
  writeFileSync(README, readme);
}

/** Where each failure class lives (shown in docs/compatibility.md). */
const CLASS_WHERE = {
  stdlib: "module or function absent from the build (issue 14): frozen Python modules to write",
  "dict-order": "`py/map.c`: open addressing, iteration in hash-table order",
  "extended-slices": "`py/objstrunicode.c`, `py/objstr.c`, `py/objtuple.c`, `py/objarray.c`, `py/objlist.c`, `py/objrange.c`: step ≠ 1 not implemented",
  "stable-sort": "`py/objlist.c` `mp_quicksort`: not stable",
  "bool-int": "`py/objbool.c`: bool is not an int subclass",
  "dict-views": "`py/objdict.c` dict_view: no len/reversed/==/set operations",
  kwargs: "`MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN` methods take no keywords (`py/objstr.c`, `py/objint.c`, `py/modbuiltins.c`)",
  methods: "`py/objstr.c`, `py/objint.c`, `py/objfloat.c`, `py/modbuiltins.c`: method or builtin not implemented",
  "format-spec": "`py/objstr.c` `mp_obj_str_format_helper`/`str_modulo_format`, `py/lexer.c`/`py/parse.c` f-string handling",
  match: "`py/grammar.h`, `py/compile.c`: no `match` statement",
  "exception-repr": "`py/objexcept.c`, `py/vm.c`, `py/obj.c`: exception objects and tracebacks (patches 0060, 0063 fixed most)",
  "str-repr": "`py/objarray.c` `array_print`: bytearray's repr quotes as bytes' does (CPython escapes every ' in it)",
  "big-ints": "`py/objrange.c`, `py/obj.c` `mp_get_index`: machine-word indices only (31-bit small ints)",
  syntax: "`py/grammar.h`, `py/compile.c`: grammar form not accepted",
  "error-messages": "exception message wording differs from CPython's (patch 0061 has the common ones)",
  "type-names": "`py/obj*.c` type names and reprs differ (patch 0062 has classes, instances, methods, modules)",
  "float-repr": "`py/formatfloat.c`: float formatting differs in the last digits",
  classes: "`py/objtype.c`, `py/runtime.c`: class machinery (reflected comparisons, `__slots__`, `__index__`, class keywords, function attributes)",
  other: "various: see the topics below",
};

async function main() {
  const args = process.argv.slice(2);
  const verbose = args.includes("--verbose");
  const filters = args.filter((a) => !a.startsWith("--"));
  const version = cpythonVersion();
  if (!version.startsWith("3.11.")) console.warn(`warning: python3 is ${version}; the corpus expects CPython 3.11`);
  const t0 = performance.now();
  const { rows, topics } = await runCorpus(filters, { version });
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  const ledger = readLedger();
  for (const r of rows.filter((r) => !r.pass)) {
    if (verbose) console.log(`FAIL ${r.id}  ${ledger.get(r.id) ?? "(not in ledger)"}\n${diff(r)}\n`);
  }
  const table = scores(rows);
  const w = Math.max(...table.map(([t]) => t.length), 5);
  console.log(`${"topic".padEnd(w)}  passed  failed`);
  for (const [t, p, n] of table) console.log(`${t.padEnd(w)}  ${String(p).padStart(6)}  ${String(n - p).padStart(6)}`);
  const passed = rows.filter((r) => r.pass).length;
  console.log(`${"all".padEnd(w)}  ${String(passed).padStart(6)}  ${String(rows.length - passed).padStart(6)}`);
  console.log(`score: ${passed} / ${rows.length} (${((100 * passed) / rows.length).toFixed(1)} %), CPython ${version}, ${secs} s`);
  const unlisted = rows.filter((r) => !r.pass && !ledger.has(r.id));
  const fixed = rows.filter((r) => r.pass && ledger.has(r.id));
  const list = (rs) => (rs.length > 20 ? `${rs.length} cases (--verbose lists them)` : rs.map((r) => r.id).join(" "));
  if (unlisted.length) console.log(`failing but not in the ledger: ${list(unlisted)}`);
  if (fixed.length) console.log(`in the ledger but passing now: ${list(fixed)}`);
  if (args.includes("--ledger")) {
    const keep = filters.length ? [...ledger].filter(([id]) => !rows.some((r) => r.id === id)) : [];
    const lines = [...keep, ...rows.filter((r) => !r.pass).map((r) => [r.id, ledger.get(r.id) ?? guessReason(r)])]
      .sort((a, b) => a[0].localeCompare(b[0]));
    const head = readFileSync(LEDGER, "utf8").split("\n").filter((l) => l.startsWith("#"));
    writeFileSync(LEDGER, `${[...head, ...lines.map(([id, why]) => `${id}  ${why}`)].join("\n")}\n`);
    console.log(`wrote ${LEDGER} (${lines.length} cases)`);
  }
  if (args.includes("--docs")) {
    if (filters.length) throw new Error("--docs needs the whole corpus (no topic filter)");
    writeDocs(rows, topics, readLedger(), version);
    console.log(`wrote ${DOCS}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
