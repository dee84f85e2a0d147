// The worker side of the RPC in worker-client.js: loads the wasm, then holds at most one sandbox.
// `port` is { post(msg), listen(fn) } over the runtime's message channel.
import { InlineSession } from "./core.js";

const errorData = (e) => ({ name: e?.name, message: e?.message ?? String(e) });

export function serve(port, load) {
  const guest = Promise.resolve().then(load);
  guest.then(
    () => port.post({ id: 0, result: true }),
    (e) => port.post({ id: 0, error: errorData(e) }),
  );
  let session;
  port.listen(async ({ id, op, code, options, path }) => {
    if (op === "free") {
      session?.close();
      session = undefined;
      return;
    }
    try {
      if (op === "create") {
        session?.close();
        session = undefined;
        session = new InlineSession(await guest, options);
        port.post({ id, result: true });
      } else if (op === "readFile") {
        port.post({ id, result: await session.readFile(path) });
      } else {
        port.post({ id, result: await session.run(code, options) });
      }
    } catch (e) {
      port.post({ id, error: errorData(e) });
    }
  });
}
