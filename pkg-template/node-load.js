// Loads the host and guest wasm from the files next to this module (Node).
import { readFile } from "node:fs/promises";
import { initSync, Guest } from "./host.js";
import guestTypes from "./micropython.types.js";

export async function load() {
  const compile = async (name) => WebAssembly.compile(await readFile(new URL(name, import.meta.url)));
  // Compile ourselves: wasm-bindgen's async init probes `Request`, which makes Node load its
  // fetch implementation (~20 ms of cold start).
  const [hostModule, guestModule] = await Promise.all([compile("host_bg.wasm"), compile("micropython.wasm")]);
  initSync({ module: hostModule });
  return Guest.fromModule(guestModule, guestTypes);
}
