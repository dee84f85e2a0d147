// The checks every bundled app runs (main.js, next/app/page.js), given the package's exports. They
// report to the test through window.report (and show it on the page).

/** What this page itself (not its Workers) has fetched so far. */
const fetched = () => performance.getEntriesByType("resource").map((e) => ({ url: new URL(e.name).pathname, bytes: e.decodedBodySize }));

async function main({ Sandbox, runPython }) {
  const first = await runPython("print(6 * 7)");
  const sb = await Sandbox.create({ timeoutMs: 300 });
  // Stopped by the guest's own deadline; the session survives.
  const loop = await sb.run("while True:\n    pass");
  // Stuck in C (the regex engine), so only terminating the Worker stops it; the next run gets a
  // fresh Worker from the pool, which loads the worker script and the wasm again.
  const stuck = await sb.run("import ure\nure.match('(a|a)*b', 'a' * 40)"); // C's regex engine (re is Python)
  const after = await sb.run("print('after')");
  sb.close();
  // Worker sessions only so far: the inline host glue and the wasm are the Worker's business.
  const workerOnly = fetched();
  const inline = await runPython("print(1 + 1)", { worker: false });
  const lazy = fetched().slice(workerOnly.length).map((e) => e.url);
  return {
    stdout: first.stdout,
    worker: sb.worker,
    loop: loop.error?.kind,
    stuck: [stuck.error?.kind, stuck.sessionLost],
    after: after.stdout,
    inline: inline.stdout,
    // Measured, not compared: the page's own downloads (JS bytes) before the first inline session,
    // and what that session fetched.
    workerOnlyJs: workerOnly.filter((e) => /\.m?js$/.test(e.url)).reduce((n, e) => n + e.bytes, 0),
    workerOnlyWasm: workerOnly.filter((e) => e.url.endsWith(".wasm")).length,
    lazy,
  };
}

export function start(api) {
  main(api).then(
    (report) => (window.report = report),
    (e) => (window.report = { error: String(e?.stack ?? e) }),
  ).then(() => (document.body.textContent = JSON.stringify(window.report)));
}
