// The pages both browser runners (chromium.mjs, firefox.mjs) serve on 127.0.0.1: the repo (the
// behaviour list), a user's site holding the README's browser example with the package in its
// node_modules, and the repo again cross-origin isolated (COOP/COEP: SharedArrayBuffer exists, so
// sandboxes with host functions run in Workers there, not inline).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serveStatic } from "../static-server.js";
import { ROOT } from "../paths.js";

/** `{ server, isolated }`; `extra` adds paths to the plain server. */
export async function serveSites(extra = {}) {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const example = /```html browser\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!example) throw new Error("README has no ```html browser example");
  const site = mkdtempSync(join(tmpdir(), "mpsb-site-"));
  writeFileSync(join(site, "index.html"), example);
  const server = await serveStatic({
    "/": ROOT,
    ...extra,
    "/site/": site,
    "/site/node_modules/": join(ROOT, "node_modules"),
  });
  const isolated = await serveStatic({ "/": ROOT }, {
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-embedder-policy": "require-corp",
  });
  return { server, isolated };
}
