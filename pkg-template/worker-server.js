// The worker side of the RPC in worker-client.js: loads the wasm, then holds at most one sandbox.
// `port` is { post(msg), listen(fn) } over the runtime's message channel.
import { InlineSession, RunControl } from "./core.js";
import { WorkerBridge } from "./bridge.js";
import { describeThrown } from "./codec.js";

/** An error as plain data for postMessage; never throws, whatever `e` is. */
const errorData = (e) => {
  try {
    const { name, message } = e instanceof Error ? e : {};
    if (typeof name === "string" && typeof message === "string") return { name, message };
  } catch {}
  return { name: "Error", message: describeThrown(e) };
};

export function serve(port, load) {
  const guest = Promise.resolve().then(load);
  guest.then(
    () => port.post({ id: 0, result: true }),
    (e) => port.post({ id: 0, error: errorData(e) }),
  );
  let session;
  let bridge;
  port.listen(async ({ id, op, code, options, functions, timeoutMs, streamOutput, path, seq, reply }) => {
    if (op === "reply") return bridge?.answer(seq, reply); // an async host call's outcome
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
        // The guest hands over output when its 4 KiB buffer fills or every few ms of work, so a
        // message per piece stays cheap.
        const onOutput = streamOutput ? (bytes, fd) => port.post({ op: "output", id, bytes, fd }) : undefined;
        const result = await session.run(code, options, new RunControl(onOutput));
        port.post({ id, result });
      }
    } catch (e) {
      port.post({ id, error: errorData(e) });
    }
  });
}
