// A module Worker holding one sandbox (see worker-server.js). The build bundles this file with its
// imports into pkg/browser-worker.js, so with bundlers that leave `new URL(…, import.meta.url)`
// alone (esbuild) it is one file to copy next to the wasm.
import { serve } from "./worker-server.js";
import { load } from "./web-load.js";

serve({ post: (msg) => self.postMessage(msg), listen: (fn) => (self.onmessage = (e) => fn(e.data)) }, load);
