// Failures the fuzzers know about: bugs in code the fuzzers' owner does not own, reported and
// awaiting their fix. The fixed-seed tests let these pass (and say so); scripts/fuzz.mjs marks
// them. Remove an entry once its fix lands.

/** Each entry: the fuzzer's name, the failure message's pattern, and why (the bug). */
export const KNOWN = [
];

/** Why a failure is known, or undefined. */
export const knownWhy = (name, message) => KNOWN.find((k) => k.fuzzer.test(name) && k.pattern.test(message))?.why;

