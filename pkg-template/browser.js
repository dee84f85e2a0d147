// Browser entry point (also the default): wasm fetched relative to this module; sandboxes run in a
// module Worker (browser-worker.js, a self-contained bundle) so a hung program never blocks the page.
// The host glue for inline sessions (web-load.js and host.js) is imported on first use only.
import { createApi } from "./core.js";

function spawnWorker() {
  // Kept literal so bundlers (Vite, webpack, Parcel) see the worker and emit it.
  const worker = new Worker(new URL("./browser-worker.js", import.meta.url), { type: "module" });
  return {
    post: (msg) => worker.postMessage(msg),
    onMessage: (fn) => (worker.onmessage = (e) => fn(e.data)),
    onError: (fn) => (worker.onerror = (e) => {
      e.preventDefault();
      fn(new Error(e.message));
    }),
    terminate: () => worker.terminate(),
    hold: () => {}, // a page has no process to keep alive
  };
}

export const { Sandbox, runPython } = createApi({
  load: () => import("./web-load.js").then((m) => m.load()),
  spawnWorker: typeof Worker === "function" ? spawnWorker : undefined,
});
