// Failures the fuzzers know about: bugs in code the fuzzers' owner does not own, reported and
// awaiting their fix. The fixed-seed tests let these pass (and say so); scripts/fuzz.mjs marks
// them. Remove an entry once its fix lands.

/** Each entry: the fuzzer's name, the failure message's pattern, and why (the bug). */
export const KNOWN = [
  { fuzzer: /^codec-/, pattern: /^leading U\+FEFF dropped/, why: "pkg-template/codec.js decodes strings with a default TextDecoder, which drops a leading U+FEFF" },
  { fuzzer: /^host-requests$/, pattern: /^threw SyntaxError: Cannot convert /, why: "decodeRequest passes BIGINT digits to BigInt() unchecked: malformed digits throw SyntaxError, not CodecError" },
  { fuzzer: /^host-requests$/, pattern: /^threw RangeError: Maximum call stack size exceeded/, why: "decodeRequest has no nesting limit (Python -> JS): a deep request overflows the JS stack (RangeError, not CodecError)" },
  { fuzzer: /^host-requests$/, pattern: /^threw RangeError: Offset is outside the bounds of the DataView/, why: "decodeRequest reads u32/f64 fields without checking the request's end: at the end of the buffer that is a RangeError" },
  { fuzzer: /^host-requests$/, pattern: /^threw TypeError: Cannot convert object to primitive value/, why: "decodeRequest takes any decoded value as a dict key: an object whose toString is not a function throws TypeError, not CodecError (unreachable from the real guest, which sends str keys only)" },
  { fuzzer: /^(codec-|programs$)/, pattern: /did not answer before the run's deadline/, why: "issue 11 item 3: a lost wake-up on the SharedArrayBuffer channel (Worker sessions) makes a sync host call fail spuriously; intermittent, not tied to the seed" },
  { fuzzer: /^programs$/, pattern: /^output ends in U\+FFFD/, why: "output truncation at maxOutputBytes cuts a UTF-8 character; its decoded U+FFFD takes 3 bytes (issue 11, 'truncation splits a UTF-8 character')" },
  { fuzzer: /^programs$/, pattern: /^fuelUsed over the fuel budget \(kind timeout\)/, why: "a run stopped by timeoutMs while awaiting a host promise reports its whole unused fuel slice (~2^20) as used: stats.fuelUsed can exceed the fuel budget" },
  { fuzzer: /^programs$/, pattern: /^inline run past its deadline/, why: "issue 11 item 8: the soft deadline and fuel do not bound CPU time inline (unmetered GC, bulk memory operations, allocator work)" },
  { fuzzer: /^programs$/, pattern: /^MemoryError once after a full heap/, why: "after a program catches MemoryError and keeps the heap full, the next run (even print('sentinel')) fails with MemoryError while the guest takes its reserve back; the run after works" },
  { fuzzer: /^programs$/, pattern: /\(hostile host function or onOutput\)/, why: "issue 11 items 1, 2 and 4 (js): a host function throwing or rejecting with a value that cannot be stringified, or an onOutput that throws, makes run() reject, traps the guest, or leaves the inline sandbox borrowed (close() throws)" },
  { fuzzer: /^process$/, pattern: /Cannot convert object to primitive value|Cannot convert a Symbol value|onOutput refuses|\[object (Error|Object)\]/, why: "issue 11 items 1 and 2 (js): in Worker sessions such an error escapes as an unhandled rejection or uncaught exception of the host process" },
];

/** Why a failure is known, or undefined. */
export const knownWhy = (name, message) => KNOWN.find((k) => k.fuzzer.test(name) && k.pattern.test(message))?.why;

