// A Node worker_threads worker holding one sandbox (see worker-server.js).
import { serve } from "./worker-server.js";
import { load } from "./node-load.js";
import { threadPort } from "./threads.js";

serve(threadPort(), load);
