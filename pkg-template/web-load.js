// Loads the host and guest wasm relative to this module with fetch (browsers, Deno), streaming
// compilation where the server sends `application/wasm`.
import { initSync, Guest } from "./host.js";
import guestTypes from "./micropython.types.js";

async function compile(name) {
  const url = new URL(name, import.meta.url);
  if (WebAssembly.compileStreaming) {
    try {
      return await WebAssembly.compileStreaming(fetch(url));
    } catch {
      // e.g. a server that does not send application/wasm: compile from bytes below.
    }
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`fetching ${url} failed: HTTP ${response.status}`);
  return WebAssembly.compile(await response.arrayBuffer());
}

export async function load() {
  const [hostModule, guestModule] = await Promise.all([compile("host_bg.wasm"), compile("micropython.wasm")]);
  initSync({ module: hostModule });
  return Guest.fromModule(guestModule, guestTypes);
}
