// Node entry point: reads the wasm files next to this module.
import { readFile } from "node:fs/promises";
import initHost, { Guest } from "./host.js";
import { createApi } from "./core.js";

async function load() {
  const file = (name) => readFile(new URL(name, import.meta.url));
  const [host, guestBytes] = await Promise.all([file("host_bg.wasm"), file("micropython.wasm")]);
  await initHost({ module_or_path: host });
  return Guest.fromModule(await WebAssembly.compile(guestBytes), guestBytes);
}

export const { Sandbox, runPython } = createApi(load);
