// Deno entry point: wasm fetched relative to this module (needs read permission for it);
// sandboxes run in node:worker_threads workers, which unlike Deno's Web Workers can be unref'd. The
// host glue for inline sessions is imported on first use.
import { createApi } from "./core.js";
import { spawnThread } from "./threads.js";

export const { Sandbox, runPython } = createApi({
  load: () => import("./web-load.js").then((m) => m.load()),
  spawnWorker: () => spawnThread(new URL("./deno-worker.js", import.meta.url)),
});
