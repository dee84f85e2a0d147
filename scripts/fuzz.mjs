#!/usr/bin/env node
// Long fuzz runs (`npm run fuzz -- --seed N --minutes M [--only name,name] [--mode worker|inline]`):
// runs the fuzzers of tests/fuzz/ round-robin, worker and inline sessions alternating, until the
// time is up, and prints each new class of failure with its trial's seed and a shrunk
// reproduction, then a summary. Exit status 1 if a failure tests/fuzz/known.js does not list was
// found. `--replay name:seed[:inline]` reruns one trial and prints all its failures.
import * as api from "micropython-sandbox";
import { trialSeed } from "../tests/fuzz/rng.js";
import { classOf, fuzzers, knownWhy } from "../tests/fuzz/fuzzers.js";
import { describeError } from "../tests/fuzz/programs.js";

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const seed = Number(opt("seed", Date.now() % 1e9));
const minutes = Number(opt("minutes", 5));
const only = opt("only", Object.keys(fuzzers).join(",")).split(",");
const modes = opt("mode", "worker,inline").split(",").map((m) => ({ worker: m === "worker" }));
for (const name of only) if (!fuzzers[name]) throw new Error(`unknown fuzzer ${name} (known: ${Object.keys(fuzzers).join(", ")})`);

const replay = opt("replay");
if (replay) {
  const [name, s, mode] = replay.split(":");
  const failures = await fuzzers[name].trial(api, Number(s), { worker: mode !== "inline" });
  for (const f of failures) console.log(`${f.message}\n--- reproduction:\n${f.repro}\n`);
  console.log(failures.length ? `${failures.length} failures` : "no failures");
  process.exit(failures.length ? 1 : 0);
}

const TRIAL_LIMIT_MS = 120_000;
const classes = new Map(); // class -> { count, first }
const trials = Object.fromEntries(only.map((n) => [n, 0]));
let current = "";

function record(name, trial, f) {
  const known = knownWhy(name, f.message);
  const cls = `${classOf(name, f.message)}${known ? " (known)" : ""}`;
  const seen = classes.get(cls);
  if (seen) {
    seen.count++;
    return;
  }
  classes.set(cls, { count: 1, known, first: { trial, ...f } });
  console.log(`\n=== NEW FAILURE ${cls}${known ? `: ${known}` : ""}\n${trial}\n${f.message}\n--- reproduction:\n${f.repro}\n`);
}

const escaped = (what) => (e) => record("process", current, { message: `${what}: ${describeError(e)}`, repro: current });
process.on("unhandledRejection", escaped("unhandled rejection"));
process.on("uncaughtException", escaped("uncaught exception"));

console.log(`fuzzing ${only.join(", ")} for ${minutes} min, seed ${seed}`);
const end = Date.now() + minutes * 60_000;
for (let i = 0; Date.now() < end; i++) {
  const name = only[i % only.length];
  const fz = fuzzers[name];
  const options = fz.usesApi ? modes[Math.floor(i / only.length) % modes.length] : {};
  const s = trialSeed(seed, i);
  current = `${name} trial seed ${s} ${fz.usesApi ? JSON.stringify(options) : ""} (npm run fuzz -- --replay ${name}:${s}${options.worker === false ? ":inline" : ""})`;
  let timer;
  try {
    const failures = await Promise.race([
      fz.trial(api, s, options),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`trial did not finish in ${TRIAL_LIMIT_MS} ms`)), TRIAL_LIMIT_MS))),
    ]);
    for (const f of failures) record(name, current, f);
  } catch (e) {
    record(name, current, { message: `the trial threw: ${describeError(e)}`, repro: current });
  } finally {
    clearTimeout(timer);
  }
  trials[name]++;
}

console.log(`\n--- ${Object.entries(trials).map(([n, c]) => `${n}: ${c} trials`).join(", ")}`);
for (const [cls, { count, first }] of classes) console.log(`${count}x ${cls}\n    first: ${first.trial}`);
const unknown = [...classes.values()].filter((c) => !c.known).length;
console.log(`${classes.size} classes of failure, ${unknown} not known (tests/fuzz/known.js)`);
process.exit(unknown ? 1 : 0);
