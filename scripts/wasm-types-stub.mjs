// Writes a "types stub" of a wasm module: the same types, imports, functions, tables, memories,
// globals, tags and exports, with every body replaced by `unreachable` and data dropped. wasmer's JS
// backend reads import/export types from bytes it is handed beside a compiled WebAssembly.Module;
// the stub gives it those in a few KB (fast to parse, and small enough to inline where a runtime
// cannot read files). Usage: node wasm-types-stub.mjs IN.wasm OUT.wasm
import { readFileSync, writeFileSync } from "node:fs";

const KEEP = new Set([1, 2, 3, 4, 5, 6, 7, 13]); // type import function table memory global export tag
const CODE = 10;

function readU32(buf, pos) {
  let result = 0, shift = 0, byte;
  do {
    byte = buf[pos++];
    result |= (byte & 0x7f) << shift;
    shift += 7;
  } while (byte & 0x80);
  return [result >>> 0, pos];
}

function u32(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return out;
}

const [input, output] = process.argv.slice(2);
const wasm = readFileSync(input);
if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error(`${input} is not a wasm module`);
const parts = [wasm.subarray(0, 8)];
for (let pos = 8; pos < wasm.length; ) {
  const id = wasm[pos];
  const [size, body] = readU32(wasm, pos + 1);
  const end = body + size;
  if (KEEP.has(id)) {
    parts.push(wasm.subarray(pos, end));
  } else if (id === CODE) {
    const [count] = readU32(wasm, body);
    const stubBody = [3, 0, 0x00, 0x0b]; // size 3: no locals, unreachable, end
    const content = [...u32(count), ...Array(count).fill(stubBody).flat()];
    parts.push(Buffer.from([CODE, ...u32(content.length), ...content]));
  }
  pos = end;
}
writeFileSync(output, Buffer.concat(parts));
