// A Deno worker holding one sandbox (see worker-server.js).
import { serve } from "./worker-server.js";
import { load } from "./web-load.js";
import { threadPort } from "./threads.js";

serve(threadPort(), load);
