// Runs in Bun (npm `bun`, JavaScriptCore): the shared behaviour list with Workers and inline
// (bun.js). Exit 1 on failure.
import { spawnSync } from "node:child_process";
import { BUN, ROOT, need } from "./paths.js";

need(BUN, "npm ci (devDependency bun)");
const r = spawnSync(BUN, ["tests/runtimes/bun.js"], { cwd: ROOT, stdio: "inherit" });
process.exit(r.status === 0 ? 0 : 1);
