// The worker side of the RPC in worker-client.js: loads the wasm, then holds at most one sandbox.
// `port` is { post(msg), listen(fn) } over the runtime's message channel.
import { InlineSession } from "./core.js";
import { WorkerBridge } from "./bridge.js";

/** Output goes to the owner in batches: a message per write would swamp it in a print loop. */
class OutputBatch {
  #pieces = [];
  #last = 0;

  constructor(post, id) {
    this.post = post;
    this.id = id;
  }

  add = (bytes, fd) => {
    this.#pieces.push([bytes, fd]);
    if (performance.now() - this.#last >= 20) this.flush();
  };

  flush() {
    if (this.#pieces.length === 0) return;
    this.post({ op: "output", id: this.id, pieces: this.#pieces });
    this.#pieces = [];
    this.#last = performance.now();
  }
}

const errorData = (e) => ({ name: e?.name, message: e?.message ?? String(e) });

export function serve(port, load) {
  const guest = Promise.resolve().then(load);
  guest.then(
    () => port.post({ id: 0, result: true }),
    (e) => port.post({ id: 0, error: errorData(e) }),
  );
  let session;
  let bridge;
  port.listen(async ({ id, op, code, options, functions, timeoutMs, streamOutput, path }) => {
    if (op === "free") {
      session?.close();
      session = undefined;
      return;
    }
    try {
      if (op === "create") {
        session?.close();
        session = undefined;
        bridge = functions && new WorkerBridge(functions.names, functions.channel, (msg) => port.post(msg));
        session = new InlineSession(await guest, options, bridge);
        port.post({ id, result: true });
      } else if (op === "readFile") {
        port.post({ id, result: await session.readFile(path) });
      } else {
        if (bridge) bridge.deadline = performance.now() + timeoutMs;
        const output = streamOutput ? new OutputBatch((msg) => port.post(msg), id) : undefined;
        const result = await session.run(code, options, { onOutput: output?.add });
        output?.flush();
        port.post({ id, result });
      }
    } catch (e) {
      port.post({ id, error: errorData(e) });
    }
  });
}
