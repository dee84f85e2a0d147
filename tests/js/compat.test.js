// A fast slice of MicroPython's own test suite through our CLI (the full run, native side by side:
// `npm run compat`, too slow for every `npm test`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { ROOT, SANDBOX, failureOutput, runTests, sourceTree } from "../../scripts/compat-suite.mjs";

// Across the language, numbers, text, errors and each enabled extmod module.
const SUBSET = [
  "basics/0prelim.py", "basics/int_big1.py", "basics/int_big_div.py", "basics/string_format.py",
  "basics/string_format_modulo.py", "basics/string_fstring.py", "basics/generator1.py", "basics/gen_yield_from.py",
  "basics/class_super.py", "basics/class_descriptor.py", "basics/exception1.py", "basics/try_finally1.py",
  "basics/with1.py", "basics/async_def.py", "basics/dict1.py", "basics/set_basic.py", "basics/list1.py",
  "basics/bytes.py", "basics/bytearray1.py", "basics/struct1.py", "basics/array1.py", "basics/memoryview1.py",
  "basics/sys1.py", "basics/sys_exit.py", "basics/builtin_eval.py", "basics/builtin_compile.py",
  "basics/deque1.py", "basics/ordereddict1.py", "basics/namedtuple1.py", "basics/closure1.py",
  "basics/unboundlocal.py", "basics/io_stringio1.py",
  "float/float1.py", "float/float_format.py", "float/float_parse.py", "float/math_fun.py", "float/cmath_fun.py",
  "float/complex1.py", "unicode/unicode.py", "unicode/unicode_index.py", "unicode/unicode_str_format.py",
  "misc/print_exception.py", "misc/rge_sm.py",
  "extmod/json_loads.py", "extmod/json_dumps.py", "extmod/re1.py", "extmod/re_sub.py", "extmod/hashlib_sha256.py",
  "extmod/binascii_b2a_base64.py", "extmod/deflate_decompress.py", "extmod/deflate_compress.py",
  "extmod/heapq1.py", "extmod/random_basic.py", "extmod/time_time_ns.py", "extmod/ticks_diff.py",
];

test("MicroPython's run-tests.py passes a slice of its suite through the CLI", { timeout: 10 * 60_000 }, async () => {
  const resultDir = join(ROOT, "build/compat/subset");
  const { results, log } = await runTests({ top: sourceTree(), micropython: SANDBOX, tests: SUBSET, resultDir });
  const failed = SUBSET.filter((t) => results.get(t) !== "pass");
  const details = failed.map((t) => {
    const { out, exp } = failureOutput(resultDir, t);
    return `${t}: ${results.get(t) ?? "not run"}\n--- got\n${out}\n--- expected\n${exp}`;
  });
  assert.deepEqual(failed, [], `${details.join("\n")}\n${log}`);
});
