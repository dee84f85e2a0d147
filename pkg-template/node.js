// Node entry point: sandboxes run in worker_threads by default (node-worker.js).
import { createApi } from "./core.js";
import { load } from "./node-load.js";
import { spawnThread } from "./threads.js";

export const { Sandbox, runPython } = createApi({
  load,
  spawnWorker: () => spawnThread(new URL("./node-worker.js", import.meta.url)),
});
