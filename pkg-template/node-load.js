// Loads the host and guest wasm from the files next to this module (Node).
import { readFile } from "node:fs/promises";
import { initSync, Guest, Sandbox } from "./host.js";
import guestTypes from "./micropython.types.js";

export async function load() {
  const compile = async (url) => WebAssembly.compile(await readFile(url));
  // Compile ourselves: wasm-bindgen's async init probes `Request`, which makes Node load its
  // fetch implementation (~20 ms of cold start). Literal URLs, so a bundler targeting Node sees
  // the wasm files.
  const [hostModule, guestModule] = await Promise.all([
    compile(new URL("./host_bg.wasm", import.meta.url)),
    compile(new URL("./micropython.wasm", import.meta.url)),
  ]);
  initSync({ module: hostModule });
  return { Sandbox, guest: Guest.fromModule(guestModule, guestTypes) };
}
