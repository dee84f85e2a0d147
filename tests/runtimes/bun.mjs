// Runs in Bun (npm `bun`, JavaScriptCore): the shared behaviour list with Workers and inline
// (bun.js), and the README's ```js bun examples, whose `// → ` comments must match what they print.
// Exit 1 on failure.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { BUN, ROOT, need } from "./paths.js";

need(BUN, "npm ci (devDependency bun)");
let failed = 0;
const cases = spawnSync(BUN, ["tests/runtimes/bun.js"], { cwd: ROOT, stdio: "inherit" });
if (cases.status !== 0) failed++;

const readme = readFileSync(`${ROOT}/README.md`, "utf8");
const blocks = [...readme.matchAll(/```js bun\n([\s\S]*?)```/g)].map((m) => m[1]);
if (blocks.length === 0) {
  console.log("not ok - README has a ```js bun example");
  failed++;
}
for (const [i, code] of blocks.entries()) {
  const r = spawnSync(BUN, ["-"], { cwd: ROOT, input: code, encoding: "utf8" });
  const documented = [...code.matchAll(/\/\/ → (.+)$/gm)].map((m) => m[1]).join("\n");
  const ok = r.status === 0 && r.stderr === "" && documented !== "" && r.stdout.trimEnd() === documented;
  console.log(`${ok ? "ok" : "not ok"} - README Bun example ${i + 1}${ok ? "" : `: status ${r.status}\n${r.stdout}${r.stderr}`}`);
  if (!ok) failed++;
}
process.exit(failed ? 1 : 0);
