// The app every bundler test builds: what a new user writes. It reports to the test through
// window.report (and shows it on the page).
import { Sandbox, runPython } from "micropython-sandbox";

async function main() {
  const first = await runPython("print(6 * 7)");
  const sb = await Sandbox.create({ timeoutMs: 300 });
  // Stopped by the guest's own deadline; the session survives.
  const loop = await sb.run("while True:\n    pass");
  // Stuck in C (the regex engine), so only terminating the Worker stops it; the next run gets a
  // fresh Worker from the pool, which loads the worker script and the wasm again.
  const stuck = await sb.run("import re\nre.match('(a|a)*b', 'a' * 40)");
  const after = await sb.run("print('after')");
  const report = {
    stdout: first.stdout,
    worker: sb.worker,
    loop: loop.error?.kind,
    stuck: [stuck.error?.kind, stuck.sessionLost],
    after: after.stdout,
  };
  sb.close();
  return report;
}

main().then(
  (report) => (window.report = report),
  (e) => (window.report = { error: String(e?.stack ?? e) }),
).then(() => (document.body.textContent = JSON.stringify(window.report)));
