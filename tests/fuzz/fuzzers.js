// The fuzzers, for Node: each `trial(api, seed, options)` (options for Sandbox.create) runs one
// random case and returns its failures, each with a class (for grouping), a message and a minimal
// reproduction (shrunk).
// Used by tests/js/fuzz.test.js (fixed seeds, small budget) and scripts/fuzz.mjs (long runs).
import { Rng, shrinkList } from "./rng.js";
import { checkJsValues, checkPyValues, echoProgram, jsUnits, pyUnits, showJs } from "./codec.js";
import { checkReplies, checkRequest, fuzzReply, fuzzRequest, hex, REPLY_PROGRAM } from "./raw.js";
import { checkVfs, vfsProgram, vfsTrial } from "./vfs.js";
import { checkProgram, programSource, programTrial } from "./programs.js";
export { knownWhy } from "./known.js";

/** A failure's class: what its message says before the first colon, numbers and quotes blurred. */
export const classOf = (name, message) =>
  `${name}: ${message.split(":")[0].replace(/"[^"]*"/g, '"…"').replace(/\d+/g, "N").slice(0, 80)}`;

export const fuzzers = {
  /** JS values through get()/put(): JS -> Python -> JS. */
  "codec-js": {
    usesApi: true,
    async trial(api, seed, options) {
      const units = jsUnits(seed, 25);
      // Every other trial with a small maxValueBytes.
      const max = seed % 2 ? { maxValueBytes: 16 + (seed % 400) } : {};
      const failures = await checkJsValues(api, units, { ...options, ...max });
      return failures.map((f) => ({
        message: f.what,
        repro: f.unit < 0 ? `units of seed ${seed}` : `Sandbox.create(${JSON.stringify(max)}) functions get: () => ${showJs(units[f.unit].value)}, put: (i, v) => …; Python: put(0, get())`,
      }));
    },
  },

  /** Python values through echo(): Python -> JS -> Python. */
  "codec-py": {
    usesApi: true,
    async trial(api, seed, options) {
      const units = pyUnits(seed, 25);
      const failures = await checkPyValues(api, units, options);
      return failures.map((f) => ({
        message: f.what,
        repro: f.unit < 0 ? echoProgram(units) : `echo = (i, v) => v; Python: echo(0, ${units[f.unit].py})`,
      }));
    },
  },

  /** Fuzzed reply bytes into the real guest through our own bridge object. */
  "guest-replies": {
    async trial(_api, seed) {
      const rng = new Rng(seed);
      const replies = Array.from({ length: 30 }, () => fuzzReply(rng));
      const failure = await checkReplies(replies);
      if (!failure) return [];
      const small = await shrinkList(replies, async (rs) => (await checkReplies(rs)) !== null, 40);
      return [{
        message: failure,
        repro: `${REPLY_PROGRAM(small.length).trim()}\n# replies to f(i) / resume, in order (hex):\n${small.map(hex).join("\n")}`,
      }];
    },
  },

  /** Fuzzed request bytes into pkg/codec.js decodeRequest. */
  "host-requests": {
    async trial(_api, seed) {
      const failures = [];
      const rng = new Rng(seed);
      for (let i = 0; i < 200; i++) {
        const request = fuzzRequest(rng);
        const f = checkRequest(request, rng);
        if (f) failures.push({ message: f, repro: `decodeRequest(Uint8Array.from(Buffer.from("${hex(request).slice(0, 400)}", "hex")).buffer, 0, ${request.length})` });
      }
      return failures;
    },
  },

  /** Random file operations against the model. */
  vfs: {
    usesApi: true,
    async trial(api, seed, options) {
      const t = vfsTrial(seed, 60);
      const failure = await checkVfs(api, t, options);
      if (!failure) return [];
      const ops = await shrinkList(t.ops, async (ops) => (await checkVfs(api, { ...t, ops }, options)) !== null, 60);
      const small = await checkVfs(api, { ...t, ops }, options);
      return [{
        message: (small ?? failure).what,
        repro: `// Sandbox.create({ tmpQuotaBytes: ${t.quota}, files: ${JSON.stringify(t.files)} })\n${vfsProgram(ops).trim()}`,
      }];
    },
  },

  /** Random programs under random limits. */
  programs: {
    usesApi: true,
    /** `hostile: false` leaves out misbehaving host functions and onOutput callbacks. */
    async trial(api, seed, options, { hostile = true } = {}) {
      const t = programTrial(seed, { hostile });
      const { problems } = await checkProgram(api, t, options);
      if (problems.length === 0) return [];
      const cls = classOf("programs", problems[0]);
      const statements = await shrinkList(t.statements, async (statements) => {
        const again = await checkProgram(api, { ...t, statements }, options);
        return again.problems.some((p) => classOf("programs", p) === cls);
      }, 30);
      const small = { ...t, statements };
      return problems.map((p) => ({
        message: p,
        repro: `// Sandbox.create(${JSON.stringify({ ...options, memoryBytes: t.memoryBytes })}) with functions hostile/echo/big/boom/later\n` +
          `// run options ${JSON.stringify({ ...t.limits, onOutput: t.onOutputThrows ? "throws" : t.onOutput || undefined, abortAfterMs: t.abortAfterMs })}` +
          `${t.hostile === undefined ? "" : ` (hostile(${t.hostile}): see HOSTILE in tests/fuzz/programs.js)`}\n${programSource(small).trim()}`,
      }));
    },
  },
};
