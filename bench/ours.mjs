// Our own figures in detail (issue 2's list): wasm compile times, fib(25), and each shipped file's
// size raw and gzip. Rows: [what, value, note].
import { readFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { Sandbox } from "micropython-sandbox";
import { time, ms, kib } from "./measure.mjs";

export async function oursRows(pkgDir) {
  const rows = [];
  for (const file of ["host_bg.wasm", "micropython.wasm"]) {
    const bytes = readFileSync(new URL(file, pkgDir));
    rows.push([`compile ${file} (WebAssembly.compile)`, ms(await time(10, () => WebAssembly.compile(bytes))), ""]);
  }
  const sb = await Sandbox.create({ worker: false, timeoutMs: Infinity });
  await sb.run("def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)");
  rows.push(["fib(25)", ms(await time(5, () => sb.run("fib(25)"))), "inline sandbox, median of 5"]);
  sb.close();
  rows.push(...(await hostCallRows()));
  for (const file of readdirSync(pkgDir).filter((f) => /\.(wasm|js)$/.test(f)).sort()) {
    const bytes = readFileSync(new URL(file, pkgDir));
    rows.push([`size ${file}`, kib(bytes.length), `${kib(gzipSync(bytes, { level: 9 }).length)} gzip`]);
  }
  return rows;
}

/** A host-function round trip: Python call, value codec both ways, JS function, back. */
async function hostCallRows() {
  const N = 20_000;
  const functions = { add: (a, b) => a + b, later: async (x) => x };
  const rows = [];
  for (const worker of [false, true]) {
    const sb = await Sandbox.create({ worker, functions, timeoutMs: Infinity });
    await sb.run(`def base(n):
    for i in range(n):
        i + 1
def calls(n):
    for i in range(n):
        add(i, 1)
async def awaits(n):
    for i in range(n):
        await later(i)`);
    const base = await time(5, () => sb.run(`base(${N})`));
    const sync = (await time(5, () => sb.run(`calls(${N})`))) - base;
    const wait = (await time(5, () => sb.run(`await awaits(${N})`))) - base;
    const us = (x) => `${(x * 1000).toFixed(2)} µs`;
    const where = worker ? "Worker session (SharedArrayBuffer)" : "inline session";
    rows.push([`host-function round trip, ${where}`, us(sync / N), `add(i, 1), ${N} calls, loop cost subtracted; goal ≤ 2 µs inline`]);
    rows.push([`awaited async host function, ${where}`, us(wait / N), `await later(i): ${worker ? "awaited in the owner thread, settled before Python sees it" : "the run pauses and resumes per await"}`]);
    sb.close();
  }
  return rows;
}
