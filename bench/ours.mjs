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
  for (const file of readdirSync(pkgDir).filter((f) => /\.(wasm|js)$/.test(f)).sort()) {
    const bytes = readFileSync(new URL(file, pkgDir));
    rows.push([`size ${file}`, kib(bytes.length), `${kib(gzipSync(bytes, { level: 9 }).length)} gzip`]);
  }
  return rows;
}
