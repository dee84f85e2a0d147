// Runs the shared behaviour list against one runtime's package API and prints TAP-like lines;
// plain JS so every runtime's runner (Deno, workerd, Chromium) shares it.
import { cases, NotApplicable } from "../cases.js";

/** Returns { passed, failed, notApplicable, lines }; `only` filters case names (a RegExp). */
export async function runCases(api, { label, only } = {}) {
  const lines = [];
  const counts = { passed: 0, failed: 0, notApplicable: 0 };
  for (const [i, [name, fn]] of cases.entries()) {
    if (only && !only.test(name)) continue;
    try {
      await fn(api);
      counts.passed++;
      lines.push(`ok ${i + 1} - ${name}`);
    } catch (e) {
      if (e instanceof NotApplicable) {
        counts.notApplicable++;
        lines.push(`n/a ${i + 1} - ${name}: ${e.message}`);
      } else {
        counts.failed++;
        lines.push(`not ok ${i + 1} - ${name}: ${String(e?.stack ?? e).split("\n").slice(0, 4).join("\n  ")}`);
      }
    }
  }
  lines.push(`# ${label}: ${counts.passed} passed, ${counts.failed} failed, ${counts.notApplicable} not applicable`);
  return { ...counts, lines };
}
