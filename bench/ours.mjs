// Our own figures in detail (issue 2's list): wasm compile times, fib(25), and each shipped file's
// size raw and gzip. Rows: [what, value, note].
import { readFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { Sandbox } from "micropython-sandbox";

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
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

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
  for (const file of readdirSync(pkgDir).filter((f) => /\.(wasm|js)$/.test(f)).sort()) {
    const bytes = readFileSync(new URL(file, pkgDir));
    rows.push([`size ${file}`, kib(bytes.length), `${kib(gzipSync(bytes, { level: 9 }).length)} gzip`]);
  }
  return rows;
}
