// `npm run bench`: prints speed and size figures (medians). Asserts nothing.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Sandbox } from "micropython-sandbox";

const pkg = new URL("../pkg/", import.meta.url);
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
async function time(n, fn) {
  const xs = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}
const ms = (x) => (x < 1 ? `${(x * 1000).toFixed(0)} µs` : `${x.toFixed(2)} ms`);
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const rows = [];
const row = (what, value, note = "") => rows.push([what, value, note]);

// Cold start: a fresh Node process, import → first result.
const cold = [];
for (let i = 0; i < 5; i++) {
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", `
    const t = performance.now();
    const { runPython } = await import("micropython-sandbox");
    const r = await runPython("print(1)");
    if (r.stdout !== "1\\n") throw new Error("bad result");
    console.log(performance.now() - t);`], { cwd: fileURLToPath(new URL("..", import.meta.url)), encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  cold.push(Number(r.stdout));
}
row("cold start (import → first result, fresh process)", ms(median(cold)), "goal ≤ 20 ms");

const guestBytes = readFileSync(new URL("micropython.wasm", pkg));
row("compile guest (WebAssembly.compile)", ms(await time(10, () => WebAssembly.compile(guestBytes))));

const warm = await Sandbox.create();
warm.close();
for (const [label, memoryBytes] of [["64 MiB cap (default)", undefined], ["4 MiB cap", 4 << 20]]) {
  row(`new sandbox, ${label}`, ms(await time(30, async () => (await Sandbox.create({ memoryBytes })).close())), "goal ≤ 1 ms");
}

const sb = await Sandbox.create();
await sb.run("pass");
row("trivial run (`pass`)", ms(await time(1000, () => sb.run("pass"))));
await sb.run("def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)");
row("fib(25)", ms(await time(5, () => sb.run("fib(25)"))));
row("loop of 1e6 additions", ms(await time(5, () => sb.run("s = 0\nfor i in range(1000000):\n    s += i"))));
sb.close();

for (const file of ["host_bg.wasm", "micropython.wasm", "host.js", "core.js", "node.js"]) {
  const bytes = readFileSync(new URL(file, pkg));
  row(`size ${file}`, `${kb(bytes.length)} raw`, `${kb(gzipSync(bytes, { level: 9 }).length)} gzip`);
}

const width = rows.reduce((w, r) => Math.max(w, r[0].length), 0);
console.log(`micropython-sandbox bench — Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
for (const [what, value, note] of rows) console.log(`${what.padEnd(width)}  ${value.padStart(12)}  ${note}`);
