// Cloudflare Workers (workerd) entry point. The wasm files are imported as modules (wrangler's
// default rule turns `.wasm` into a WebAssembly.Module), since workerd forbids compiling wasm
// from bytes. workerd has no threads: sandboxes run inline, and fuel, not timeoutMs, bounds CPU.
import { initSync, Guest, Sandbox as HostSandbox } from "./host.js";
import hostModule from "./host_bg.wasm";
import guestModule from "./micropython.wasm";
import guestTypes from "./micropython.types.js";
import { createApi } from "./core.js";

function load() {
  initSync({ module: hostModule });
  return { Sandbox: HostSandbox, guest: Guest.fromModule(guestModule, guestTypes) };
}

export const { Sandbox, runPython } = createApi({ load });
