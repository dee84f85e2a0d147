// Runs in Deno (npm @deno/linux-x64-glibc) with read permission only: the shared behaviour list
// (deno.js) and the README's ```js deno examples, whose `// → ` comments must match what they print.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { DENO, ROOT, need } from "./paths.js";

need(DENO, "npm ci (devDependency @deno/linux-x64-glibc)");
const deno = (args, input) =>
  spawnSync(DENO, ["run", "--allow-read", "--no-lock", ...args], { cwd: ROOT, input, encoding: "utf8", stdio: [input === undefined ? "inherit" : "pipe", "pipe", "pipe"] });

let failed = 0;
const cases = deno(["tests/runtimes/deno.js"]);
process.stdout.write(cases.stdout + cases.stderr);
if (cases.status !== 0) failed++;

const readme = readFileSync(`${ROOT}/README.md`, "utf8");
const blocks = [...readme.matchAll(/```js deno\n([\s\S]*?)```/g)].map((m) => m[1]);
if (blocks.length === 0) {
  console.log("not ok - README has a ```js deno example");
  failed++;
}
for (const [i, code] of blocks.entries()) {
  const r = deno(["-"], code);
  const documented = [...code.matchAll(/\/\/ → (.+)$/gm)].map((m) => m[1]).join("\n");
  const ok = r.status === 0 && r.stderr === "" && documented !== "" && r.stdout.trimEnd() === documented;
  console.log(`${ok ? "ok" : "not ok"} - README Deno example ${i + 1}${ok ? "" : `: status ${r.status}\n${r.stdout}${r.stderr}`}`);
  if (!ok) failed++;
}
process.exit(failed ? 1 : 0);
