// Node entry point: reads the wasm files next to this module.
import { readFile } from "node:fs/promises";
import { initSync, Guest } from "./host.js";
import { createApi } from "./core.js";

async function load() {
  const file = (name) => readFile(new URL(name, import.meta.url));
  const [host, guestBytes, guestTypes] = await Promise.all(
    ["host_bg.wasm", "micropython.wasm", "micropython.types.wasm"].map(file),
  );
  // Compile ourselves: wasm-bindgen's async init probes `Request`, which makes Node load its
  // fetch implementation (~20 ms of cold start).
  const [hostModule, guestModule] = await Promise.all([WebAssembly.compile(host), WebAssembly.compile(guestBytes)]);
  initSync({ module: hostModule });
  return Guest.fromModule(guestModule, guestTypes);
}

export const { Sandbox, runPython } = createApi(load);
