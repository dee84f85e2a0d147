// Loads the host and guest wasm relative to this module with fetch (browsers, Deno), streaming
// compilation where the server sends `application/wasm`.
import { initSync, Guest, Sandbox } from "./host.js";
import guestTypes from "./micropython.types.js";

async function compile(url) {
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
  // Literal URLs, so bundlers (Vite, webpack, Parcel) see the wasm files and emit them.
  const [hostModule, guestModule] = await Promise.all([
    compile(new URL("./host_bg.wasm", import.meta.url)),
    compile(new URL("./micropython.wasm", import.meta.url)),
  ]);
  initSync({ module: hostModule });
  return { Sandbox, guest: Guest.fromModule(guestModule, guestTypes) };
}
