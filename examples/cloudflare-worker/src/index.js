// POST Python source, get the RunResult back as JSON:
//   curl --data-binary 'print(6 * 7)' http://127.0.0.1:8787/
// Each request gets a fresh interpreter with a 32 MiB memory cap. Workers have no threads, so a
// run cannot be killed from outside: fuel is what bounds its CPU time.
import { runPython } from "micropython-sandbox";

export default {
  async fetch(request) {
    if (request.method !== "POST") {
      return new Response("POST Python source to run it\n", { status: 405, headers: { allow: "POST" } });
    }
    const result = await runPython(await request.text(), { filename: "request.py", memoryBytes: 32 << 20 });
    return Response.json(result);
  },
};
