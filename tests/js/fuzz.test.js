// The fuzzers of tests/fuzz/ with fixed seeds and a small budget (scripts/fuzz.mjs runs them for
// long). Worker and inline sessions both. A known failure (tests/fuzz/known.js: a reported bug
// outside the fuzzers' owner's code) is reported as a diagnostic, not a failure.
import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import * as api from "micropython-sandbox";
import { fuzzers, knownWhy } from "../fuzz/fuzzers.js";
import { trialSeed } from "../fuzz/rng.js";
import { describeError } from "../fuzz/programs.js";

const SEED = 20261202;
/** Trials per fuzzer (per mode for those that use sandboxes): about 25 s in all on 2 busy cores. */
const BUDGET = { "codec-js": 8, "codec-py": 8, "guest-replies": 100, "host-requests": 10, vfs: 25, programs: 100 };

const unhandled = [];
const onUnhandled = (e) => unhandled.push(describeError(e));
process.on("unhandledRejection", onUnhandled);
process.on("uncaughtException", onUnhandled);
after(() => {
  process.off("unhandledRejection", onUnhandled);
  process.off("uncaughtException", onUnhandled);
});

async function fuzz(t, name, options) {
  const problems = [];
  for (let i = 0; i < BUDGET[name]; i++) {
    const seed = trialSeed(SEED, i);
    for (const f of await fuzzers[name].trial(api, seed, options, { hostile: true })) {
      const known = knownWhy(name, f.message);
      if (known) t.diagnostic(`known (${known}): ${f.message.slice(0, 200)}`);
      else problems.push(`seed ${seed}: ${f.message}\n${f.repro}`);
    }
  }
  assert.deepEqual(problems, [], `${name} found failures (replay: npm run fuzz -- --replay ${name}:SEED${options.worker === false ? ":inline" : ""})`);
  for (const e of unhandled.splice(0)) {
    const known = knownWhy("process", e);
    if (known) t.diagnostic(`known (${known}): ${e.slice(0, 200)}`);
    else problems.push(`unhandled rejection or uncaught exception: ${e}`);
  }
  assert.deepEqual(problems, [], "unhandled rejections and uncaught exceptions");
}

for (const [name, fz] of Object.entries(fuzzers)) {
  if (fz.usesApi) {
    describe(name, () => {
      for (const worker of [true, false]) test(worker ? "worker sandboxes" : "inline sandboxes", (t) => fuzz(t, name, { worker }));
    });
  } else {
    test(name, (t) => fuzz(t, name, {}));
  }
}
