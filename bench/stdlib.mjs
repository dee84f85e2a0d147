// `node bench/stdlib.mjs`: what the frozen standard library (guest/lib) costs. For each module, the
// median time of its first import in a fresh inline sandbox (after one run, so the interpreter is
// warm: the run `import m` minus the run `pass`), and the new-sandbox / trivial-run times that
// must not change when nothing is imported.
// Prints a table; asserts nothing.
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Sandbox } from "micropython-sandbox";
import { median, time, ms } from "./measure.mjs";

const lib = fileURLToPath(new URL("../guest/lib/", import.meta.url));
const modules = readdirSync(lib).filter((f) => f.endsWith(".py")).map((f) => f.slice(0, -3)).sort();
const N = 25;

async function firstRun(code) {
  const xs = [];
  for (let i = 0; i < N; i++) {
    const sb = await Sandbox.create({ worker: false });
    await sb.run("pass");
    const t = performance.now();
    const r = await sb.run(code);
    xs.push(performance.now() - t);
    if (r.error) throw new Error(`${code}: ${r.stderr}`);
    sb.close();
  }
  return median(xs);
}

(await Sandbox.create({ worker: false })).close(); // warm: the module is compiled once per process
const rows = [];
rows.push(["new sandbox (inline, warm process)", ms(await time(50, async () => (await Sandbox.create({ worker: false })).close()))]);
const sb = await Sandbox.create({ worker: false });
await sb.run("pass");
rows.push(["trivial run (`pass`)", ms(await time(1000, () => sb.run("pass")))]);
sb.close();
const base = await firstRun("pass");
rows.push(["second run `pass` in a new sandbox", ms(base)]);
for (const m of modules) rows.push([`import ${m}`, ms(Math.max(0, (await firstRun(`import ${m}`)) - base))]);

const w = Math.max(...rows.map((r) => r[0].length));
console.log(`| ${"what".padEnd(w)} | median |\n| ${"-".repeat(w)} | ------ |`);
for (const [what, v] of rows) console.log(`| ${what.padEnd(w)} | ${v} |`);
