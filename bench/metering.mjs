// What fuel metering costs: the shipped (metered) guest against the same guest built without the
// metering pass (build/guest/micropython.unmetered.wasm), both driven by the same bare harness so
// only the guest differs. Rows: [what, value, note].
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { programs, parse } from "./programs.mjs";

const PICK = ["misc_pystone", "bm_nqueens", "bm_float", "fib(27)"];
const ROUNDS = 5;

/** A guest instance with just enough imports to run: output captured, the fuel counter refilled. */
function instantiate(bytes) {
  const memory = new WebAssembly.Memory({ initial: 64, maximum: 4096 });
  let out = "";
  const wasi = {
    fd_write(fd, iovs, n, written) {
      const view = new DataView(memory.buffer);
      let total = 0;
      for (let i = 0; i < n; i++) {
        const ptr = view.getUint32(iovs + 8 * i, true);
        const len = view.getUint32(iovs + 8 * i + 4, true);
        if (fd === 1) out += Buffer.from(memory.buffer, ptr, len).toString();
        total += len;
      }
      view.setUint32(written, total, true);
      return 0;
    },
    clock_time_get(id, precision, ptr) {
      const ns = id === 0 ? BigInt(Date.now()) * 1_000_000n : process.hrtime.bigint();
      new DataView(memory.buffer).setBigUint64(ptr, ns, true);
      return 0;
    },
    random_get: () => 0,
  };
  let e; // the metered start function (memory initialisation) polls before `e` is set
  const sandbox = { poll: () => (e && (e.fuel.value = 0x7fffffff), 0) };
  const module = new WebAssembly.Module(bytes);
  for (const { module: from, name } of WebAssembly.Module.imports(module)) {
    if (from === "sandbox" && !(name in sandbox)) sandbox[name] = () => -38; // files, host calls: ENOSYS
  }
  e = new WebAssembly.Instance(module, { env: { memory }, wasi_snapshot_preview1: wasi, sandbox }).exports;
  if (e.fuel) e.fuel.value = 0x7fffffff;
  e._initialize();
  if (e.mp_sandbox_init(128 << 20) !== 0) throw new Error("mp_sandbox_init failed");
  return (code) => {
    const src = Buffer.from(code);
    const ptr = e.mp_sandbox_input(src.length);
    new Uint8Array(memory.buffer, ptr, src.length).set(src);
    out = "";
    const record = e.mp_sandbox_exec(src.length, 0, 0, 0xffffffff); // may grow (detach) the buffer
    const status = new Uint32Array(memory.buffer, record, 1)[0];
    if (status !== 0) throw new Error(`guest status ${status}: ${out.slice(0, 200)}`);
    return out;
  };
}

export function meteringRows(top, guestDir) {
  const metered = instantiate(readFileSync(join(guestDir, "micropython.wasm")));
  const plain = instantiate(readFileSync(join(guestDir, "micropython.unmetered.wasm")));
  const rows = [];
  for (const { name, source } of programs(top, ROUNDS).filter((p) => PICK.includes(p.name))) {
    // Median of each guest's own timings (µs per run, as perf_bench's harness reports them).
    const median = (run) => parse(run(source)).times.sort((a, b) => a - b)[ROUNDS >> 1];
    plain(source); // warm up both
    metered(source);
    const [off, on] = [median(plain), median(metered)];
    rows.push([`fuel metering overhead, ${name}`, `${(((on / off) - 1) * 100).toFixed(1)} %`, `${(off / 1000).toFixed(1)} → ${(on / 1000).toFixed(1)} ms; goal ≤ 10 %`]);
  }
  return rows;
}
