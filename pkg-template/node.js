// Node entry point: sandboxes run in worker_threads by default (node-worker.js); the host glue
// for inline sessions is imported on first use.
import { createApi } from "./core.js";
import { spawnThread } from "./threads.js";

export const { Sandbox, runPython } = createApi({
  load: () => import("./node-load.js").then((m) => m.load()),
  spawnWorker: () => spawnThread(new URL("./node-worker.js", import.meta.url)),
});
