// Workers over node:worker_threads (Node and Deno): unlike Web Workers they can be unref'd, so an
// idle pooled worker never keeps the process alive.
import process from "node:process";
import { Worker, parentPort } from "node:worker_threads";

export function spawnThread(url) {
  // Workers inherit Node's flags; newer Nodes reject --input-type (from `node --input-type=module
  // -e`) for a worker file, so drop it. Only then pass execArgv: an explicit list is validated.
  const inputType = process.execArgv.some((arg) => arg.startsWith("--input-type"));
  const execArgv = inputType ? process.execArgv.filter((arg) => !arg.startsWith("--input-type")) : undefined;
  const worker = new Worker(url, { execArgv });
  return {
    post: (msg) => worker.postMessage(msg),
    onMessage: (fn) => {
      worker.on("message", fn);
      worker.unref(); // after the listener: adding one refs the port again
    },
    onError: (fn) => {
      worker.on("error", fn);
      worker.on("exit", (code) => fn(new Error(`worker exited with code ${code}`)));
    },
    terminate: () => void Promise.resolve(worker.terminate()).catch(() => {}), // nobody awaits it
    hold: (on) => (on ? worker.ref() : worker.unref()),
  };
}

/** The worker side's channel, for serve(). */
export const threadPort = () => ({
  post: (msg) => parentPort.postMessage(msg),
  listen: (fn) => parentPort.on("message", fn),
});
