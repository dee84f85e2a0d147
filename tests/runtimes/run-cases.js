// Runs the shared behaviour list against one runtime's package API and prints TAP-like lines;
// plain JS so every runtime's runner (Deno, workerd, Chromium) shares it.
import { cases, NotApplicable } from "../cases.js";

/** Returns { passed, failed, notApplicable, lines }; `only` filters case names (a RegExp). */
export async function runCases(api, { label, only } = {}) {
  const lines = [];
  const counts = { passed: 0, failed: 0, notApplicable: 0 };
  // No callback, host function or guest event may reach the runtime as an unhandled rejection or
  // uncaught error (issue 11): where the global scope has these events, any one fails the list.
  // workerd reports a rejection unhandled at once and "rejectionhandled" when it gets a handler.
  const unhandled = new Map();
  const onEvent = (e) => {
    e.preventDefault?.();
    const what = e.reason?.stack ?? e.error?.stack ?? e.reason ?? e.message;
    unhandled.set(e.promise ?? e, `${e.type}: ${String(typeof what === "symbol" ? what.description : what)}`);
  };
  const onHandled = (e) => unhandled.delete(e.promise);
  const events = [["unhandledrejection", onEvent], ["error", onEvent], ["rejectionhandled", onHandled]];
  for (const [type, fn] of events) globalThis.addEventListener?.(type, fn);
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
  for (const [type, fn] of events) globalThis.removeEventListener?.(type, fn);
  for (const event of unhandled.values()) {
    counts.failed++;
    lines.push(`not ok - ${event.split("\n").slice(0, 4).join("\n  ")}`);
  }
  lines.push(`# ${label}: ${counts.passed} passed, ${counts.failed} failed, ${counts.notApplicable} not applicable`);
  return { ...counts, lines };
}
