// Runs the shared behaviour list against one runtime's package API and prints TAP-like lines;
// plain JS so every runtime's runner (Deno, workerd, Chromium) shares it.
import { cases, NotApplicable } from "../cases.js";

/** Returns { passed, failed, notApplicable, lines }; `only` filters case names (a RegExp). */
export async function runCases(api, { label, only } = {}) {
  const lines = [];
  const counts = { passed: 0, failed: 0, notApplicable: 0 };
  // No callback, host function or guest event may reach the runtime as an unhandled rejection or
  // uncaught error (issue 11): where the global scope has these events, any one fails the list.
  const unhandled = [];
  const onEvent = (e) => {
    e.preventDefault?.();
    unhandled.push(`${e.type}: ${String(e.reason?.stack ?? e.reason ?? e.error?.stack ?? e.message)}`);
  };
  globalThis.addEventListener?.("unhandledrejection", onEvent);
  globalThis.addEventListener?.("error", onEvent);
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
  await new Promise((resolve) => setTimeout(resolve, 100)); // late rejections have a chance to show
  globalThis.removeEventListener?.("unhandledrejection", onEvent);
  globalThis.removeEventListener?.("error", onEvent);
  for (const event of unhandled) {
    counts.failed++;
    lines.push(`not ok - ${event.split("\n").slice(0, 4).join("\n  ")}`);
  }
  lines.push(`# ${label}: ${counts.passed} passed, ${counts.failed} failed, ${counts.notApplicable} not applicable`);
  return { ...counts, lines };
}
