// Starts `wrangler dev` (workerd) for a wrangler.toml on 127.0.0.1 and returns its URL and a stop
// function. Output is kept for the error message if it never becomes ready.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NODE_CURRENT, ROOT, need } from "./paths.js";

const WRANGLER = join(ROOT, "node_modules/wrangler/bin/wrangler.js");

export async function startWrangler(config) {
  const state = mkdtempSync(join(tmpdir(), "mpsb-wrangler-"));
  const node = need(NODE_CURRENT, "scripts/setup.sh"); // wrangler needs Node ≥ 22
  const child = spawn(node, [WRANGLER, "dev", "--config", config, "--ip", "127.0.0.1", "--port", "0",
    "--persist-to", state, "--show-interactive-dev-session=false", "--log-level", "info"], {
    detached: true, // its own process group, so stop() also ends workerd
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "1", NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`wrangler dev did not become ready:\n${output}`)), 60_000);
    const onData = (chunk) => {
      output += chunk;
      const m = /Ready on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => reject(new Error(`wrangler dev exited with ${code}:\n${output}`)));
  });
  const stop = () => {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {}
  };
  return { url, stop, output: () => output };
}
