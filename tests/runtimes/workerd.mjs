// Runs under workerd through `wrangler dev` (requests only to 127.0.0.1): the shared behaviour list
// (tests/runtimes/workerd/), and the example Worker (examples/cloudflare-worker/). Exit 1 on failure.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { startWrangler } from "./serve-wrangler.js";

const path = (p) => fileURLToPath(new URL(p, import.meta.url));
// One after the other: two wrangler builds at once have crashed esbuild on this 2-core machine.
const cases = await startWrangler(path("workerd/wrangler.toml"));
const example = await startWrangler(path("../../examples/cloudflare-worker/wrangler.toml"));
let failed = 0;
try {
  const report = await (await fetch(cases.url)).json();
  console.log(report.lines.join("\n"));
  failed += report.failed;

  // The example: POST Python, get a RunResult as JSON.
  const post = async (code) => (await fetch(example.url, { method: "POST", body: code })).json();
  const readme = readFileSync(path("../../README.md"), "utf8");
  const exampleSource = readFileSync(path("../../examples/cloudflare-worker/src/index.js"), "utf8");
  const checks = [
    ["README's ```js cloudflare example is examples/cloudflare-worker/src/index.js", readme.includes("```js cloudflare\n" + exampleSource + "```")],
    ["example Worker returns stdout", (await post("print(6 * 7)")).stdout === "42\n"],
    ["example Worker returns a Python error", (await post("1/0")).error?.type === "ZeroDivisionError"],
    ["example Worker rejects GET", (await fetch(example.url)).status === 405],
  ];
  for (const [name, ok] of checks) {
    console.log(`${ok ? "ok" : "not ok"} - ${name}`);
    if (!ok) failed++;
  }
  console.log(`# examples/cloudflare-worker: ${checks.filter((c) => c[1]).length} passed, ${checks.filter((c) => !c[1]).length} failed`);
} catch (e) {
  console.error(e, "\n--- wrangler (cases) ---\n", cases.output(), "\n--- wrangler (example) ---\n", example.output());
  failed++;
} finally {
  cases.stop();
  example.stop();
}
process.exit(failed ? 1 : 0);
