// The behaviour list every runtime's test runner executes: one source of cases, many runners.
// Each case gets the package's API ({ runPython, Sandbox }) and throws on failure. Plain JS only,
// so it runs unchanged in Node, Deno, browsers and workerd.
// Topic files under tests/cases/ add their own lists; helpers live in tests/cases/check.js.
import {
  CheckError, NotApplicable, FUEL_FINGERPRINT, check, show, eq, okRun, utf8, isBytes, rejects, session, FILE_ERRORS,
} from "./cases/check.js";
import { cases as callbacksCases } from "./cases/callbacks.js";
import { cases as cpuCases } from "./cases/cpu.js";
import { cases as guestCases } from "./cases/guest.js";
import { cases as fuzzCases } from "./cases/fuzz.js";

export { CheckError, NotApplicable };

export const cases = [
  ["hello world", async ({ runPython }) => {
    const r = await runPython('print("hello, world")');
    okRun(r);
    eq(r.stdout, "hello, world\n", "stdout");
    eq(r.stderr, "", "stderr");
    check(typeof r.stats.durationMs === "number" && r.stats.durationMs >= 0, "stats.durationMs", r.stats);
  }],

  ["traceback with line numbers", async ({ runPython }) => {
    const r = await runPython("x = 1\ny = 2\nprint(x / (y - 2))\n", { filename: "calc.py" });
    eq(r.ok, false, "ok");
    eq(r.error.kind, "python", "kind");
    eq(r.error.type, "ZeroDivisionError", "type");
    eq(r.error.message, "division by zero", "message");
    check(r.error.traceback.includes('File "calc.py", line 3'), "traceback names file and line 3", r.error.traceback);
    eq(r.stderr, r.error.traceback, "stderr holds the traceback");
  }],

  ["syntax error", async ({ runPython }) => {
    const r = await runPython("def f(:\n  pass\n");
    eq(r.ok, false, "ok");
    eq(r.error.type, "SyntaxError", "type");
    check(r.stderr.includes("SyntaxError"), "stderr mentions SyntaxError", r.stderr);
  }],

  ["persistent state across runs", async (api) => session(api, undefined, async (sb) => {
    okRun(await sb.run("x = 41\ndef inc(v):\n    return v + 1\n"));
    const r = await sb.run("print(inc(x))");
    okRun(r);
    eq(r.stdout, "42\n", "stdout");
  })],

  ["runPython calls do not share state", async ({ runPython }) => {
    okRun(await runPython("leak = 1"));
    const r = await runPython("print(leak)");
    eq(r.error?.type, "NameError", "type");
  }],

  ["usable after an exception", async (api) => session(api, undefined, async (sb) => {
    okRun(await sb.run("keep = 'kept'"));
    eq((await sb.run("raise ValueError('boom')")).error.message, "boom", "message");
    eq((await sb.run("print(keep)")).stdout, "kept\n", "state after exception");
  })],

  ["every enabled module imported and used", async ({ runPython }) => {
    const r = await runPython(String.raw`
import json, re, math, cmath, binascii, hashlib, random, collections, struct, io, heapq, errno, sys, time, deflate, array, gc
print(json.dumps({"a": [1, 2.5, None, True]}), json.loads('{"b": [3]}')["b"][0])
print(re.match(r"(\w+)-(\d+)", "item-42").group(2), re.sub("a+", "b", "caaat"))
print(math.sqrt(16), math.floor(math.pi * 100), abs(cmath.sqrt(-1) - 1j) < 1e-12)
print(binascii.hexlify(b"\x01\xff").decode(), binascii.b2a_base64(b"hi").strip().decode())
print(binascii.hexlify(hashlib.sha256(b"abc").digest()).decode())
random.seed(7); print(0 <= random.random() < 1, random.randint(5, 5))
d = collections.OrderedDict(); d["z"] = 1; d["a"] = 2; print(list(d.keys()), collections.deque([1, 2], 5).pop())
print(collections.namedtuple("P", ["x", "y"])(1, 2).y)
print(struct.pack("<HI", 1, 2), struct.unpack("<h", b"\xff\xff")[0])
s = io.StringIO(); s.write("buf"); print(s.getvalue(), io.BytesIO(b"xy").read(1))
h = [5, 1, 3]; heapq.heapify(h); print(heapq.heappop(h))
print(errno.ENOENT, sys.version_info[0], sys.implementation.name, type(sys.maxsize).__name__)
t = time.time(); print(t > 1.6e9, time.ticks_diff(time.ticks_ms(), time.ticks_ms()) <= 0)
buf = io.BytesIO(); w = deflate.DeflateIO(buf, deflate.ZLIB); w.write(b"hello" * 20); w.close()
print(deflate.DeflateIO(io.BytesIO(buf.getvalue()), deflate.ZLIB).read() == b"hello" * 20)
print(array.array("i", [1, 2, 3])[2], gc.collect() is None, gc.mem_free() > 0)
print(2 ** 100, 0.1 + 0.2, 7 // 2, -7 % 3, f"{3.14159:.2f}", {1, 2} | {3}, frozenset([1]))
`);
    okRun(r);
    eq(r.stdout, [
      '{"a": [1, 2.5, null, true]} 3',
      "42 cbt",
      "4.0 314 True",
      "01ff aGk=",
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
      "True 5",
      "['z', 'a'] 2",
      "2",
      "b'\\x01\\x00\\x02\\x00\\x00\\x00' -1",
      "buf b'x'",
      "1",
      "2 3 micropython int",
      "True True",
      "True",
      "3 True True",
      "1267650600228229401496703205376 0.30000000000000004 3 2 3.14 {1, 2, 3} frozenset({1})",
      "",
    ].join("\n"), "stdout");
  }],

  ["unicode output", async ({ runPython }) => {
    const r = await runPython('s = "héllo 世界 🐍"\nprint(s, len(s), len(s.encode()), s[-1])\nprint("\\u00e9" == "é")');
    okRun(r);
    eq(r.stdout, "héllo 世界 🐍 10 18 🐍\nTrue\n", "stdout");
  }],

  ["stderr is separate from stdout", async ({ runPython }) => {
    const r = await runPython('import sys\nprint("out")\nprint("err", file=sys.stderr)\nsys.stdout.write("w\\n")');
    okRun(r);
    eq(r.stdout, "out\nw\n", "stdout");
    eq(r.stderr, "err\n", "stderr");
  }],

  ["200 KB of source in one run", async ({ runPython }) => {
    const lines = [];
    for (let i = 0; lines.join("\n").length < 200_000; i++) lines.push(`v${i} = ${i} * 2  # padding padding padding`);
    lines.push(`print(v${lines.length - 1})`);
    const code = lines.join("\n");
    check(code.length >= 200_000, "source is 200 KB", code.length);
    const r = await runPython(code);
    okRun(r);
    eq(r.stdout, `${(lines.length - 2) * 2}\n`, "stdout");
  }],

  ["1000 sequential runs on one sandbox", async (api) => session(api, undefined, async (sb) => {
    okRun(await sb.run("n = 0"));
    for (let i = 0; i < 1000; i++) {
      const r = await sb.run("n += 1");
      if (!r.ok) okRun(r, `run ${i}`);
    }
    eq((await sb.run("print(n)")).stdout, "1000\n", "counter");
  })],

  ["memory bomb is a MemoryError and the sandbox stays usable", async (api) =>
    session(api, { memoryBytes: 8 * 1024 * 1024 }, async (sb) => {
      okRun(await sb.run("before = 'still here'"));
      const r = await sb.run("x = []\nwhile True:\n    x.append('x' * 10000)\n");
      eq(r.ok, false, "ok");
      eq(r.error.kind, "memory", "kind");
      eq(r.error.type, "MemoryError", "type");
      const caught = await sb.run("x = None\ntry:\n    b = bytearray(10**9)\nexcept MemoryError:\n    print('caught')");
      eq(caught.stdout, "caught\n", "MemoryError can be caught");
      eq((await sb.run("print(before, len([0] * 1000))")).stdout, "still here 1000\n", "usable afterwards");
    })],

  ["deep recursion is a RecursionError, not a host crash", async (api) => session(api, undefined, async (sb) => {
    const r = await sb.run("def f(n):\n    return f(n + 1)\nf(0)");
    eq(r.ok, false, "ok");
    eq(r.error.kind, "python", "kind");
    eq(r.error.type, "RecursionError", "type");
    check(/recursion/.test(r.error.message), "message mentions recursion", r.error.message);
    eq((await sb.run("print('alive')")).stdout, "alive\n", "usable afterwards");
  })],

  ["GC torture: collect on every allocation", async ({ runPython }) => {
    const r = await runPython(`
import gc, json
gc.threshold(1)
def make(i):
    return {"id": i, "name": "item%d" % i, "tags": [str(j) * 3 for j in range(i % 7)], "big": 3 ** (i % 50)}
rows = [make(i) for i in range(300)]
text = json.dumps(rows)
back = json.loads(text)
fs = [lambda k=k: k * 2 for k in range(100)]
errs = 0
for i in range(200):
    try:
        raise KeyError("k%d" % i)
    except KeyError as e:
        errs += len(e.args[0])
print(back == rows, sum(f() for f in fs), errs, sum(len(r["tags"]) for r in back), back[299]["big"] == 3 ** 49)
`, { memoryBytes: 4 * 1024 * 1024, timeoutMs: 120_000 });
    okRun(r);
    eq(r.stdout, "True 9900 690 897 True\n", "stdout");
  }],

  ["SystemExit sets exitCode", async (api) => session(api, undefined, async (sb) => {
    const r = await sb.run("import sys\nsys.exit(3)");
    eq(r.ok, false, "ok");
    eq(r.exitCode, 3, "exitCode");
    eq(r.error.type, "SystemExit", "type");
    const clean = await sb.run("import sys\nsys.exit()");
    okRun(clean, "sys.exit()");
    eq(clean.exitCode, 0, "exitCode");
  })],

  ["single mode prints expression values", async (api) => session(api, undefined, async (sb) => {
    okRun(await sb.run("a = 6", { mode: "single" }));
    eq((await sb.run("a * 7", { mode: "single" })).stdout, "42\n", "stdout");
  })],

  ["bad input gets a clear result", async ({ runPython }) => {
    okRun(await runPython(""), "empty code");
    const nul = await runPython("print(1)\x00print(2)");
    eq(nul.ok, false, "NUL ok");
    eq(nul.error.kind, "python", "NUL kind");
    const lone = await runPython("print('\ud800')");
    eq(lone.error?.type, "UnicodeError", "lone surrogate");
    const huge = await runPython("#" + "x".repeat(12 * 1024 * 1024), { memoryBytes: 8 * 1024 * 1024 });
    eq(huge.ok, false, "huge ok");
    eq(huge.error.kind, "memory", "huge kind");
  }],

  ["misuse throws TypeError or RangeError", async (api) => {
    const rejects = async (fn, type, what) => {
      try {
        await fn();
      } catch (e) {
        check(e instanceof type, `${what}: expected ${type.name}`, `${e?.name}: ${e?.message}`);
        return;
      }
      check(false, `${what}: expected a ${type.name}`);
    };
    await rejects(() => api.runPython(42), TypeError, "non-string code");
    await rejects(() => api.runPython("1", { timeoutMillis: 5 }), TypeError, "unknown option");
    await rejects(() => api.runPython("1", { memoryBytes: -1 }), RangeError, "negative memory");
    await rejects(() => api.runPython("1", { memoryBytes: 1024 }), RangeError, "memory below the guest's minimum");
    await rejects(() => api.runPython("1", { mode: "eval" }), RangeError, "bad mode");
    await rejects(() => api.runPython("1", { timeoutMs: -1 }), RangeError, "negative timeoutMs");
    await rejects(() => api.runPython("1", { timeoutMs: "5" }), TypeError, "timeoutMs not a number");
    await rejects(() => api.Sandbox.create({ worker: "yes" }), TypeError, "worker not a boolean");
    const sb = await api.Sandbox.create();
    sb.close();
    sb.close();
    await rejects(() => sb.run("1"), TypeError, "closed sandbox");
  }],

  ["inline sandbox (worker: false) keeps state", async (api) => session(api, { worker: false }, async (sb) => {
    eq(sb.worker, false, "sb.worker");
    okRun(await sb.run("x = 20"));
    eq((await sb.run("print(x + 1)")).stdout, "21\n", "stdout");
  })],

  ["Workers are used by default where the runtime has them", async (api) => {
    let inWorker;
    try {
      inWorker = await api.Sandbox.create({ worker: true });
    } catch (e) {
      check(e instanceof TypeError && /no Workers/.test(e.message), "worker: true rejects with a TypeError naming Workers", e.message);
      const sb = await api.Sandbox.create();
      eq(sb.worker, false, "default without Workers");
      sb.close();
      return;
    }
    eq(inWorker.worker, true, "sb.worker");
    eq((await inWorker.run("print('in a worker')")).stdout, "in a worker\n", "stdout");
    inWorker.close();
    await session(api, undefined, async (sb) => eq(sb.worker, true, "default with Workers"));
  }],

  ["timeoutMs stops an endless Python loop; the session stays usable", async (api) =>
    session(api, { timeoutMs: 30_000 }, async (sb) => {
      if (!sb.worker) throw new NotApplicable("no Workers in this runtime: the soft deadline and fuel are the limits here");
      okRun(await sb.run("kept = 'kept'"));
      const r = await sb.run("while True:\n    pass", { timeoutMs: 300 });
      eq(r.ok, false, "ok");
      eq(r.error.kind, "timeout", "kind");
      const after = await sb.run("print('alive')");
      okRun(after, "run after the timeout");
      eq(after.stdout, "alive\n", "stdout after the timeout");
      // A soft timeout (the guest stopped the loop) keeps the interpreter and its state.
      if (!r.sessionLost) eq((await sb.run("print(kept)")).stdout, "kept\n", "state after a soft timeout");
    })],

  ["timeoutMs stops code stuck in C (the Worker is terminated)", async (api) => {
    // sha256 over 150 MB never returns to the interpreter, so only the hard kill can stop it.
    const stuck = "import hashlib\nhashlib.sha256(bytes(150_000_000))";
    const options = { memoryBytes: 400 << 20, timeoutMs: 300 };
    await session(api, options, async (sb) => {
      if (!sb.worker) throw new NotApplicable("no Workers in this runtime: the soft deadline and fuel are the limits here");
      okRun(await sb.run("kept = 1"));
      const r = await sb.run(stuck);
      eq(r.ok, false, "ok");
      eq(r.error.kind, "timeout", "kind");
      eq(r.sessionLost, true, "sessionLost");
      const after = await sb.run("print('kept' in globals())");
      okRun(after, "run after the timeout");
      eq(after.stdout, "False\n", "a fresh interpreter after the kill");
    });
    const once = await api.runPython(stuck, options);
    eq(once.error?.kind, "timeout", "runPython with timeoutMs");
  }],

  ["fuel stops a Python loop uncatchably; the session keeps its state", async (api) =>
    session(api, { worker: false }, async (sb) => {
      okRun(await sb.run("kept = 7"));
      const budget = 200_000;
      const r = await sb.run("try:\n    while True:\n        pass\nexcept BaseException:\n    print('caught')", { fuel: budget });
      eq(r.error?.kind, "fuel", "kind");
      eq(r.stdout, "", "except BaseException must not see the abort");
      eq(r.sessionLost, undefined, "sessionLost");
      check(r.stats.fuelUsed >= budget && r.stats.fuelUsed <= budget * 1.03, "fuelUsed within 3% over the budget", r.stats.fuelUsed);
      eq((await sb.run("print(kept)")).stdout, "7\n", "state after the fuel stop");
    })],

  ["fuel is deterministic: the same stopping point in every runtime", async (api) => {
    const count = () => session(api, { worker: false }, async (sb) => {
      const r = await sb.run("i = 0\nwhile True:\n    i += 1", { fuel: 1_000_000 });
      eq(r.error?.kind, "fuel", "kind");
      return `${(await sb.run("print(i)")).stdout.trim()} ${r.stats.fuelUsed}`;
    });
    const [a, b] = [await count(), await count()];
    eq(a, b, "iterations and fuel used of two identical runs");
    // Pinned so that every runtime must reproduce it. Fuel is charged by the guest's own code, so
    // this changes only when the guest's code does: then update it (and say so, users' budgets move).
    eq(a, FUEL_FINGERPRINT, "loop iterations and fuel used for 1e6 fuel (FUEL_FINGERPRINT)");
  }],

  ["fuel bounds work that never returns to the bytecode loop", async (api) => {
    const budget = 5_000_000;
    // [code, bytes of its largest bulk memory operation]
    for (const [code, bulk] of [
      ["sum(range(10**9))", 0],
      ["sorted(range(10**6, 0, -1))", 0],
      ["10**(10**8)", 0],
      ["'x' * (48 * 1024 * 1024)", 48 << 20],
      ["import ure\nure.match('(a|a)*b', 'a' * 30)", 0],
      ["repr(list(range(10**6)))", 0],
    ]) {
      await session(api, { worker: false, memoryBytes: 128 << 20 }, async (sb) => {
        const r = await sb.run(code, { fuel: budget });
        eq(r.error?.kind, "fuel", `${code}: kind`);
        // The documented overshoot (docs/limits.md): a grace of budget/64, up to 16 * 2^20 more to
        // finish a garbage collection or bulk memory operation, which is charged in full (bytes / 4).
        const bound = budget + budget / 64 + 16 * 2 ** 20 + bulk / 4;
        check(r.stats.fuelUsed <= bound, `${code}: fuelUsed within ${bound}`, r.stats.fuelUsed);
        okRun(await sb.run("pass"), `${code}: next run`);
      });
    }
  }],

  ["soft timeout stops a Python loop; the session keeps its state", async (api) =>
    session(api, { worker: false }, async (sb) => {
      okRun(await sb.run("kept = 'soft'"));
      const r = await sb.run("while True:\n    pass", { timeoutMs: 150 });
      eq(r.error?.kind, "timeout", "kind");
      eq(r.sessionLost, undefined, "sessionLost");
      eq((await sb.run("print(kept)")).stdout, "soft\n", "state after the timeout");
    })],

  // `ure` is MicroPython's C regex engine (`re` is the Python one of guest/lib): a backtracking
  // blow-up in it never returns to the bytecode loop.
  ["soft timeout also stops code stuck in C, resetting the interpreter", async (api) =>
    session(api, { worker: false }, async (sb) => {
      const r = await sb.run("import ure\nure.match('(a|a)*b', 'a' * 30)", { timeoutMs: 150 });
      eq(r.error?.kind, "timeout", "kind");
      eq(r.sessionLost, true, "sessionLost");
      okRun(await sb.run("print('fresh')"), "next run");
    })],

  ["runPython with no options is bounded in time", async ({ runPython }) => {
    const r = await runPython("while True:\n    pass");
    eq(r.error?.kind, "timeout", "kind");
  }],

  ["output past maxOutputBytes is truncated and flagged", async ({ runPython }) => {
    const r = await runPython("for i in range(10):\n    print('x' * 49)\nimport sys\nprint('e' * 10, file=sys.stderr)", { maxOutputBytes: 120 });
    okRun(r);
    eq(r.stdout, ("x".repeat(49) + "\n").repeat(2) + "x".repeat(20), "stdout keeps the first bytes");
    eq(r.stdoutTruncated, true, "stdoutTruncated");
    eq(r.stderr, "", "stderr gets nothing once the cap is full");
    eq(r.stderrTruncated, true, "stderrTruncated");
  }],

  ["outputLimit error stops the run; the session stays usable", async (api) =>
    session(api, { worker: false, maxOutputBytes: 1000, outputLimit: "error" }, async (sb) => {
      const r = await sb.run("while True:\n    print('flood')");
      eq(r.error?.kind, "output", "kind");
      check(r.stdout.length <= 1000, "stdout within the cap", r.stdout.length);
      eq((await sb.run("print('ok')")).stdout, "ok\n", "next run");
    })],

  ["printing forever cannot grow host memory", async ({ runPython }) => {
    const r = await runPython("while True:\n    print('y' * 1000)", { maxOutputBytes: 10_000, timeoutMs: 300 });
    eq(r.error?.kind, "timeout", "kind");
    // On a loaded machine the Worker backstop may win the race (sessionLost: its output is gone).
    if (!r.sessionLost) eq(r.stdout.length, 10_000, "stdout holds exactly the cap");
  }],

  ["maxRecursionDepth limits nested Python calls", async (api) => session(api, { worker: false, maxRecursionDepth: 30 }, async (sb) => {
    okRun(await sb.run("def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\nprint(depth(25))"), "depth 25");
    const r = await sb.run("depth(40)");
    eq(r.error?.type, "RecursionError", "type");
    okRun(await sb.run("print(depth(25))", { maxRecursionDepth: 100 }), "per-run override");
  })],

  ["deep recursion in C ends in a Python error, never a crash", async (api) => session(api, { worker: false }, async (sb) => {
    for (const code of [
      "x = []\nfor i in range(100000):\n    x = [x]\nrepr(x)",
      "a = []\nb = []\nfor i in range(100000):\n    a = [a]\n    b = [b]\na == b",
      "a = []\nb = []\nfor i in range(100000):\n    a = [a]\n    b = [b]\na < b",
      "t = ()\nfor i in range(100000):\n    t = (t,)\nhash(t)",
      "import json\nd = {}\nfor i in range(100000):\n    d = {'k': d}\njson.dumps(d)",
      "class A:\n    def __getattr__(self, name):\n        return getattr(self, name)\nA().x",
      "def key(v):\n    return sorted([v, v], key=key)\nsorted([1, 2], key=key)",
      "eval('[' * 20000 + ']' * 20000)",
      "eval('-' * 100000 + '1')",
    ]) {
      const r = await sb.run(code);
      eq(r.error?.kind, "python", `${code.split("\n").pop()}: kind`);
      check(["RecursionError", "SyntaxError", "MemoryError"].includes(r.error.type), `${code.split("\n").pop()}: type`, r.error.type);
      eq(r.sessionLost, undefined, `${code.split("\n").pop()}: sessionLost`);
    }
    okRun(await sb.run("pass"), "next run");
  })],

  ["every result carries stats", async ({ runPython }) => {
    for (const code of ["print(1)", "1/0", "while True:\n    pass"]) {
      const { stats } = await runPython(code, { fuel: 1_000_000 });
      check(stats.durationMs >= 0 && stats.fuelUsed > 0 && stats.memoryBytes >= 65536, `stats for ${JSON.stringify(code)}`, stats);
    }
  }],

  ["memory cap: 1000 sandboxes with 4 MiB each coexist", async (api) => {
    const sandboxes = [];
    try {
      for (let i = 0; i < 1000; i++) {
        try {
          sandboxes.push(await api.Sandbox.create({ worker: false, memoryBytes: 4 << 20 }));
        } catch (e) {
          // Browsers cap the address space a page may reserve for wasm memories, whatever their
          // maximum: V8 reserves ~10 GiB of guard region per memory, SpiderMonkey ~4 GiB and
          // allows 1000 of them per process. A per-page limit, not ours.
          const page = typeof document !== "undefined" && /could not allocate memory|out of memory/.test(e?.message);
          if (page && i >= 50) throw new NotApplicable(`the browser refused wasm memory ${i + 1}: ${i} sandboxes coexisted in this page`);
          throw e;
        }
      }
      okRun(await sandboxes[999].run("x = bytearray(2 * 1024 * 1024)"), "2 MiB in the last one");
      const big = await sandboxes[0].run("x = bytearray(8 * 1024 * 1024)");
      eq(big.error?.kind, "memory", "8 MiB in a 4 MiB sandbox");
      okRun(await sandboxes[0].run("print('usable')"), "usable after MemoryError");
      check(sandboxes.every((sb) => !sb.closed), "all alive");
    } finally {
      for (const sb of sandboxes) sb.close();
    }
  }],

  // ---- host functions --------------------------------------------------------------------

  ["host functions: every value type round-trips, kwargs as a trailing object", async (api) => {
    const seen = [];
    const functions = {
      echo: (...args) => {
        seen.push(args);
        return args;
      },
      give: () => ({ n: null, t: true, f: false, i: -7, big: 2n ** 70n, safe: 2n ** 40n, x: 1.5, s: "é😀",
        b: new Uint8Array([0, 255]), l: [1, [2]], m: new Map([[1, "one"]]), u: undefined }),
    };
    await session(api, { functions }, async (sb) => {
      const r = await sb.run(`
import host
args = (None, True, False, 0, -2**31, 2**53 - 1, 2**70, -2**70, 1.5, float("inf"), "é😀", b"\\x00\\xff", bytearray(b"ab"),
        [1, [2]], (3, 4), {"k": {"n": [None]}})
back = echo(*args)
print(back == [list(a) if isinstance(a, (tuple, bytearray)) and not isinstance(a, bytearray) else a for a in args][:12] + back[12:])
print([type(v).__name__ for v in back])
print(host.echo(1, key="v", other=[2]))
g = give()
print(sorted(g.items()))
`);
      okRun(r);
      const lines = r.stdout.split("\n");
      eq(lines[0], "True", "Python sees equal values");
      eq(lines[1], "['NoneType', 'bool', 'bool', 'int', 'int', 'int', 'int', 'int', 'float', 'float', 'str', 'bytes', 'bytes', 'list', 'list', 'dict']", "types back");
      eq(lines[2], "[1, {'key': 'v', 'other': [2]}]", "kwargs");
      eq(lines[3], "[('b', b'\\x00\\xff'), ('big', 1180591620717411303424), ('f', False), ('i', -7), ('l', [1, [2]]), ('m', {1: 'one'}), ('n', None), ('s', 'é😀'), ('safe', 1099511627776), ('t', True), ('u', None), ('x', 1.5)]", "JS values in Python");
      const [a] = seen;
      eq(a[0], null, "None");
      eq(a[3], 0, "0");
      eq(a[4], -(2 ** 31), "-2**31");
      eq(a[5], 2 ** 53 - 1, "2**53 - 1 stays a number");
      eq(a[6], 2n ** 70n, "2**70 is a BigInt");
      eq(a[7], -(2n ** 70n), "-2**70");
      eq(a[9], Infinity, "inf");
      eq(a[10], "é😀", "str");
      check(a[11] instanceof Uint8Array && a[11].join() === "0,255", "bytes become a Uint8Array", a[11]);
      check(a[12] instanceof Uint8Array && a[12].length === 2, "bytearray too", a[12]);
      eq(JSON.stringify(a.slice(13)), '[[1,[2]],[3,4],{"k":{"n":[null]}}]', "list, tuple, dict");
      eq(JSON.stringify(seen[1]), '[1,{"key":"v","other":[2]}]', "kwargs object");
    });
  }],

  ["host functions: exceptions cross both ways, typed and catchable", async (api) => {
    const functions = {
      bad_type: () => { throw new TypeError("wrong kind"); },
      bad_value: () => { throw new RangeError("too far"); },
      denied: () => { throw new Error("not allowed"); },
      odd: () => { throw "a string"; },
      date: () => new Date(0),
      fn: () => () => 1,
      cyclic: () => { const a = []; a.push(a); return a; },
    };
    await session(api, { functions }, async (sb) => {
      const r = await sb.run(`
import host
for f in (bad_type, bad_value, denied, odd, date, fn, cyclic):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
for v in ({1}, object(), {1: 2}, print):
    try:
        bad_type(v)
    except TypeError as e:
        print("TypeError", e)
print(issubclass(host.HostError, Exception))
`);
      okRun(r);
      const lines = r.stdout.trim().split("\n");
      eq(lines[0], "TypeError wrong kind");
      eq(lines[1], "ValueError too far");
      eq(lines[2], "HostError Error: not allowed");
      eq(lines[3], "HostError a string");
      check(lines[4].startsWith("TypeError the result of date() contains a Date"), "Date", lines[4]);
      check(lines[5].startsWith("TypeError the result of fn() contains a function"), "function", lines[5]);
      check(lines[6].startsWith("TypeError the result of cyclic() is nested more than"), "cycle", lines[6]);
      check(lines[7].startsWith("TypeError can't pass 'set' to the host"), "set", lines[7]);
      check(lines[8].startsWith("TypeError can't pass 'object'"), "object", lines[8]);
      eq(lines[9], "TypeError dict keys passed to the host must be str, not 'int'");
      check(lines[10].startsWith("TypeError can't pass 'builtin_function_or_method'"), "function arg", lines[10]);
      eq(lines[11], "True", "HostError is an Exception");
      const u = await sb.run("denied()");
      eq(u.error?.type, "HostError", "uncaught: type");
      eq(u.error?.message, "Error: not allowed", "uncaught: message");
      check(!/\.js|at |wasm/.test(u.error.traceback), "no JS internals in the traceback", u.error.traceback);
    });
  }],

  ["host functions: async, awaited at top level and in a loop in async def", async (api) => {
    let calls = 0;
    const functions = {
      fetch_json: async (url) => {
        calls++;
        await new Promise((resolve) => setTimeout(resolve, 2));
        if (url.endsWith("/missing")) throw new Error(`404 ${url}`);
        return { url, rows: [{ id: 1, qty: 2 }, { id: 2, qty: 5 }] };
      },
    };
    await session(api, { functions }, async (sb) => {
      const r = await sb.run(`
data = await fetch_json("https://api.example/a")
print(data["url"], len(data["rows"]))
async def total(n):
    t = 0
    for i in range(n):
        d = await fetch_json("https://api.example/" + str(i))
        t += sum(row["qty"] for row in d["rows"])
    return t
print(await total(10))
try:
    await fetch_json("https://api.example/missing")
except host.HostError as e:
    print("caught", e)
p = fetch_json("https://api.example/later")
print(p)
print((await p)["url"])
`.replace("except host.HostError", "except Exception"));
      okRun(r);
      eq(r.stdout, "https://api.example/a 2\n70\ncaught Error: 404 https://api.example/missing\n" +
        (r.stdout.includes("pending") ? "<HostPromise pending: use await>\n" : "<HostPromise resolved: use await>\n") +
        "https://api.example/later\n", "stdout");
      eq(calls, 13, "calls");
      okRun(await sb.run("print(data['rows'][1]['qty'])"), "state kept after an async run");
    });
  }],

  ["host functions: runs of one sandbox take turns, even while one awaits", async (api) => {
    const functions = { later: (x) => new Promise((resolve) => setTimeout(resolve, 20, x)) };
    await session(api, { functions }, async (sb) => {
      const [a, b, c] = await Promise.all([
        sb.run("log = []\nfor i in range(3):\n    log.append(await later(i))"),
        sb.run("log.append('b')"),
        sb.run("print(log)"),
      ]);
      okRun(a, "a");
      okRun(b, "b");
      eq(c.stdout, "[0, 1, 2, 'b']\n", "in order");
    });
  }],

  ["host functions: limits hold while calling and awaiting", async (api) => {
    const functions = {
      noop: () => null,
      never: () => new Promise(() => {}),
      slow: () => new Promise((resolve) => setTimeout(resolve, 30, "done")),
      huge: () => "x".repeat(20_000_000),
    };
    await session(api, { functions, maxValueBytes: 1 << 20 }, async (sb) => {
      const f = await sb.run("while True:\n    noop()", { fuel: 2_000_000 });
      check(f.error?.kind === "fuel", "a call loop runs out of fuel", f.error); // on failure, show the whole error
      const t = await sb.run("await never()", { timeoutMs: 200 });
      eq(t.error?.kind, "timeout", "a promise that never settles times out");
      check(t.stats.durationMs < 2000, "promptly", t.stats);
      const loop = await sb.run("while True:\n    await slow()", { timeoutMs: 300 });
      eq(loop.error?.kind, "timeout", "awaiting in a loop times out");
      const h = await sb.run("try:\n    huge()\nexcept ValueError as e:\n    print(e)");
      okRun(h, "size cap");
      eq(h.stdout, "the result of huge() is larger than maxValueBytes (1048576 bytes)\n", "size cap message");
      const a = await sb.run("noop(b'x' * 2000000)");
      eq(a.error?.type, "ValueError", "arguments over the cap");
      okRun(await sb.run("print(noop())"), "session usable afterwards");
    });
  }],

  ["host functions: a Worker without SharedArrayBuffer takes them asynchronously", async (api) => {
    if (typeof SharedArrayBuffer === "function") throw new NotApplicable("SharedArrayBuffer exists here");
    if (typeof Worker !== "function") throw new NotApplicable("no Workers here");
    const functions = { add: (a, b) => a + b, later: async (x) => x * 2 };
    const inline = await api.Sandbox.create({ functions });
    eq(inline.worker, false, "with functions, the default is inline here");
    inline.close();
    await session(api, { functions, worker: true }, async (sb) => {
      eq(sb.worker, true, "worker: true is honoured");
      const r = await sb.run("print(await add(1, 2), await later(21))\nprint(add(1, 2))");
      okRun(r);
      eq(r.stdout, "3 42\n<HostPromise pending: use await>\n", "every call is awaitable");
    });
  }],

  ["run options: onOutput shows output before the run ends", async (api) => {
    await session(api, {}, async (sb) => {
      let firstAt;
      const started = Date.now();
      const r = await sb.run("print('first')\nimport time\nt = time.ticks_ms()\nwhile time.ticks_diff(time.ticks_ms(), t) < 400:\n    pass", {
        onOutput: (text) => (firstAt ??= Date.now() - started),
        timeoutMs: 5000,
      });
      okRun(r);
      check(firstAt !== undefined && firstAt < r.stats.durationMs - 200, "the first line arrives while the run goes on", [firstAt, r.stats.durationMs]);
    });
  }],

  ["run options: onOutput streams output; signal aborts", async (api) => {
    await session(api, {}, async (sb) => {
      const pieces = [];
      const r = await sb.run("import sys\nfor i in range(3):\n    print('line', i)\nsys.stderr.write('err\\n')", {
        onOutput: (text, stream) => pieces.push([stream, text]),
      });
      okRun(r);
      eq(pieces.filter(([s]) => s === "stdout").map(([, t]) => t).join(""), r.stdout, "stdout pieces");
      eq(pieces.filter(([s]) => s === "stderr").map(([, t]) => t).join(""), "err\n", "stderr pieces");
      const pre = new AbortController();
      pre.abort();
      eq((await sb.run("print(1)", { signal: pre.signal })).error?.kind, "aborted", "already aborted");
    });
    if (typeof setTimeout !== "function") return;
    await session(api, { functions: { never: () => new Promise(() => {}) } }, async (sb) => {
      const c = new AbortController();
      setTimeout(() => c.abort(), 100);
      const r = await sb.run(sb.worker ? "while True:\n    pass" : "await never()", { signal: c.signal, timeoutMs: 10_000 });
      eq(r.error?.kind, "aborted", "aborted mid-run");
      check(r.stats.durationMs < 5000, "at once", r.stats);
      okRun(await sb.run("print('next')"), "next run");
    });
  }],
  // ---- virtual files ------------------------------------------------------------------------

  ["virtual files: open, os.listdir, os.stat and import read what was mounted", async (api) => {
    const files = {
      "/data/in.csv": "name,qty\né,1\nb,2\n",
      "/data/bin.dat": Uint8Array.from({ length: 256 }, (_, i) => i),
      "/mymodule.py": "X = 41\ndef f():\n    return X + 1\n",
      "/lib/pkg/__init__.py": "from . import sub\n",
      "/lib/pkg/sub.py": "NAME = 'sub'\n",
    };
    await session(api, { files }, async (sb) => {
      const r = await sb.run(String.raw`
import os, sys
print(sys.path, os.getcwd(), os.listdir('/'), os.listdir('/data'), os.listdir('lib'))
with open('/data/in.csv') as f:
    rows = [line.rstrip('\n').split(',') for line in f]
print(' '.join('|'.join(row) for row in rows))
b = open('data/bin.dat', 'rb').read()
print(type(b).__name__, len(b), b[255], open('/data/in.csv').read(8))
st = os.stat('/data/in.csv')
print(st[0] == 0o100444, st[6], os.stat('/data')[0] & 0o170000 == 0o040000, os.stat('/tmp')[0] == 0o040755)
import mymodule
from pkg import sub
print(mymodule.f(), sub.NAME, mymodule.__file__)
f = open('/data/in.csv', 'rb')
f.seek(5); print(f.read(3), f.tell(), f.readline(), f.tell(), f.readlines())
f.close()
print(list(os.ilistdir('/data')))
`);
      okRun(r);
      eq(r.stdout, [
        "['', '.frozen', '/lib'] / ['data', 'lib', 'mymodule.py', 'tmp'] ['bin.dat', 'in.csv'] ['pkg']",
        "name|qty é|1 b|2",
        "bytes 256 255 name,qty",
        "True 18 True True",
        "42 sub mymodule.py",
        "b'qty' 8 b'\\n' 9 [b'\\xc3\\xa9,1\\n', b'b,2\\n']",
        "[('bin.dat', 32768, 0), ('in.csv', 32768, 0)]",
        "",
      ].join("\n"), "stdout");
      eq(r.files, undefined, "no files changed");
    });
  }],

  ["virtual files: nothing outside the sandbox's own files is reachable", async (api) => {
    await session(api, { files: { "/data/x.txt": "x" } }, async (sb) => {
      const r = await sb.run(String.raw`
${FILE_ERRORS}
print(err(open, '/etc/passwd'), err(open, '../../../../etc/passwd'), err(open, '/data/../../etc/hosts'))
print(err(os.listdir, '/etc'), err(os.stat, '/proc/self/environ'), err(os.chdir, '/home'))
print(os.listdir('/'))
os.chdir('..'); print(os.getcwd())
os.chdir('/data'); os.chdir('../../../..'); print(os.getcwd())
print(err(__import__, '../../etc/passwd'), err(__import__, 'data/../../../../etc/passwd'))
print(err(open, '/data/x.txt\x00/etc/passwd'), err(os.listdir, 'a\x00'), err(open, b'/data/x.txt', 'rb'))
print(err(open, '/data'), err(os.listdir, '/data/x.txt'), err(os.mkdir, '/data'))
mounts = os.mount()
print(len(mounts), mounts[0][1])
print(err(type(mounts[0][0])))
class Fake:
    def mount(self, readonly, mkfs): pass
    def umount(self): pass
    def open(self, path, mode): return open('/data/x.txt')
    def ilistdir(self, path): return iter([])
    def stat(self, path): return (0o100444, 0, 0, 0, 0, 0, 1, 0, 0, 0)
os.mount(Fake(), '/host')
print(open('/host/etc/passwd').read(), 'host' in os.listdir('/'))
os.umount('/host')
os.umount('/')
print(err(open, '/data/x.txt'), err(os.listdir, '/tmp'))
`);
      okRun(r);
      eq(r.stdout, [
        "ENOENT ENOENT ENOENT",
        "ENOENT ENOENT ENOENT",
        "['data', 'tmp']",
        "/",
        "/",
        "ModuleNotFoundError ModuleNotFoundError",
        "ValueError ValueError no error",
        "EISDIR ENOTDIR EEXIST",
        "1 /",
        "TypeError",
        "x True",
        "ENODEV ENODEV",
        "",
      ].join("\n"), "stdout");
    });
  }],

  ["virtual files: only /tmp is writable; the run's new files come back", async (api) => {
    const files = { "/data/in.csv": "a\n", "/tmp/seed.txt": "seed" };
    await session(api, { files }, async (sb) => {
      const r = await sb.run(String.raw`
${FILE_ERRORS}
print(err(open, '/data/in.csv', 'w'), err(open, '/data/in.csv', 'a'), err(open, '/data/in.csv', 'r+'))
print(err(open, '/new.txt', 'w'), err(open, '/data/new.txt', 'x'), err(os.mkdir, '/newdir'))
print(err(os.remove, '/data/in.csv'), err(os.rename, '/data/in.csv', '/tmp/in.csv'), err(os.rmdir, '/data'))
print(err(os.rmdir, '/tmp'), err(os.rename, '/tmp/seed.txt', '/seed.txt'))
with open('/tmp/out.csv', 'w') as f:
    f.write('x,y\n')
    print(1, 2, sep=',', file=f)
with open('/tmp/out.csv', 'a') as f:
    f.write('3,4\n')
os.mkdir('/tmp/sub')
os.chdir('/tmp/sub')
with open('bin', 'wb') as f:
    f.write(bytes([0, 255]))
with open('gone', 'w') as f:
    f.write('bye')
os.remove('gone')
print(open('/tmp/seed.txt').read(), os.listdir(), os.listdir('..'), os.getcwd())
print(err(open, '/tmp/out.csv', 'x'), err(os.rmdir, '/tmp/sub'), err(os.remove, '/tmp/sub'))
`);
      okRun(r);
      eq(r.stdout, [
        "EROFS EROFS EROFS",
        "EROFS EROFS EROFS",
        "EROFS EROFS EROFS",
        "EROFS EROFS",
        "seed ['bin'] ['out.csv', 'seed.txt', 'sub'] /tmp/sub",
        "EEXIST ENOTEMPTY EISDIR",
        "",
      ].join("\n"), "stdout");
      eq(Object.keys(r.files ?? {}).join(" "), "/tmp/out.csv /tmp/sub/bin", "result.files keys");
      isBytes(r.files["/tmp/out.csv"], "files['/tmp/out.csv']");
      eq(utf8(r.files["/tmp/out.csv"]), "x,y\n1,2\n3,4\n", "written text");
      eq([...r.files["/tmp/sub/bin"]].join(), "0,255", "written bytes");
      const out = await sb.readFile("/tmp/out.csv");
      isBytes(out, "readFile");
      eq(utf8(out), "x,y\n1,2\n3,4\n", "readFile of a written file");
      eq(utf8(await sb.readFile("/data/in.csv")), "a\n", "readFile of a mounted file");
      eq(utf8(await sb.readFile("tmp/../tmp/seed.txt")), "seed", "readFile resolves from /");
      eq(await sb.readFile("/tmp/sub/gone"), null, "readFile of a removed file");
      eq(await sb.readFile("/tmp"), null, "readFile of a directory");
      eq(await sb.readFile("/etc/passwd"), null, "readFile of a missing file");
      await rejects(sb.readFile(42), TypeError, /string/, "readFile(42)");
      // The next run reports only its own changes; earlier files are still there.
      const next = await sb.run("open('/tmp/next.txt', 'w').write('n')\nprint(open('/tmp/sub/bin', 'rb').read())");
      okRun(next);
      eq(next.stdout, "b'\\x00\\xff'\n", "a file of an earlier run");
      eq(Object.keys(next.files).join(" "), "/tmp/next.txt", "only this run's changes");
      eq((await sb.run("pass")).files, undefined, "a run that changes nothing");
    });
  }],

  ["virtual files: the /tmp quota refuses the write that overflows, leaving the file as it was", async (api) => {
    await session(api, { tmpQuotaBytes: 100, files: { "/tmp/old.txt": "0123456789" } }, async (sb) => {
      const r = await sb.run(String.raw`
import os, errno
f = open('/tmp/big.txt', 'w')
print(f.write('a' * 60), os.statvfs('/tmp')[2:4])
try:
    f.write('b' * 31)
except OSError as e:
    print('refused', errno.errorcode[e.errno])
print(f.write('c' * 30))
f.close()
try:
    open('/tmp/more.txt', 'w').write('d')
except OSError as e:
    print('full', e.errno == errno.ENOSPC)
os.remove('/tmp/old.txt')
print(open('/tmp/more.txt', 'w').write('d' * 10), os.statvfs('/')[3])
`);
      okRun(r);
      eq(r.stdout, "60 (100, 30)\nrefused ENOSPC\n30\nfull True\n10 0\n", "stdout");
      eq(utf8(r.files["/tmp/big.txt"]), "a".repeat(60) + "c".repeat(30), "the refused write left no trace");
      eq(utf8(await sb.readFile("/tmp/big.txt")), "a".repeat(60) + "c".repeat(30), "readFile agrees");
    });
    await session(api, { tmpQuotaBytes: 0 }, async (sb) => {
      const r = await sb.run("import os\ntry:\n    open('/tmp/x', 'w')\nexcept OSError as e:\n    print(e)\nprint(os.listdir('/'))");
      eq(r.stdout, "[Errno 30] Read-only file system: '/tmp/x'\n['tmp']\n", "tmpQuotaBytes: 0 makes /tmp read-only");
    });
  }],

  ["virtual files: errors have the right errno, and errno knows them all", async (api) => {
    await session(api, { files: { "/d/f.txt": "f" } }, async (sb) => {
      const r = await sb.run(String.raw`
${FILE_ERRORS}
names = ['ENOENT', 'EBADF', 'EEXIST', 'ENOTDIR', 'EISDIR', 'EINVAL', 'EMFILE', 'EFBIG', 'ENOSPC', 'EROFS', 'ENAMETOOLONG', 'ENOTEMPTY']
print([getattr(errno, n) for n in names])
f = open('/d/f.txt')
print(err(f.write, 'x'), err(f.seek, -5, 1), err(f.seek, 0, 9))
f.close()
print(err(f.read), err(open, '/tmp/' + 'n' * 300, 'w'), err(open, '/' + 'a/' * 600 + 'b'))
print(err(open, '/d/f.txt/x'), err(os.chdir, '/d/f.txt'), err(os.rmdir, '/tmp/none'), err(open, '/d/f.txt', 'q'))
held = []
try:
    while True:
        held.append(open('/d/f.txt'))
except OSError as e:
    print(len(held), errno.errorcode[e.errno])
for f in held:
    f.close()
for i in range(300):
    open('/d/f.txt').read()
print('files nobody closed are collected')
`);
      okRun(r);
      eq(r.stdout, [
        "[2, 9, 17, 20, 21, 22, 24, 27, 28, 30, 36, 39]",
        "EBADF EINVAL EINVAL",
        "ValueError ENAMETOOLONG ENAMETOOLONG",
        "ENOTDIR ENOTDIR ENOENT ValueError",
        "128 EMFILE",
        "files nobody closed are collected",
        "",
      ].join("\n"), "stdout");
    });
  }],

  ["virtual files: they outlive a lost interpreter", async (api) => {
    await session(api, { worker: false, files: { "/data/in.txt": "in" } }, async (sb) => {
      okRun(await sb.run("import os\nkeep = open('/data/in.txt')\nopen('/tmp/w.txt', 'w').write('written')\nos.chdir('/tmp')"));
      const r = await sb.run("import ure\nure.match('(a|a)*b', 'a' * 30)", { timeoutMs: 150 });
      eq(r.sessionLost, true, "sessionLost");
      const after = await sb.run("import os\nprint(os.getcwd(), open('/tmp/w.txt').read(), open('/data/in.txt').read())");
      okRun(after);
      eq(after.stdout, "/ written in\n", "files kept, cwd and handles reset");
      eq(utf8(await sb.readFile("/tmp/w.txt")), "written", "readFile after the reset");
    });
  }],

  ["virtual files: a Worker session keeps them after its interpreter is lost", async (api) => {
    const stuck = "import hashlib\nhashlib.sha256(bytes(150_000_000))";
    await session(api, { memoryBytes: 400 << 20, timeoutMs: 300, files: { "/data/in.txt": "in" } }, async (sb) => {
      if (!sb.worker) throw new NotApplicable("no Workers in this runtime");
      okRun(await sb.run("open('/tmp/w.txt', 'w').write('written')"));
      const r = await sb.run(stuck);
      eq(r.sessionLost, true, "sessionLost");
      // Reset inside the Worker (the usual case): files kept. Worker terminated at the hard
      // deadline: the written files went with it, the mounted ones are sent again.
      const written = await sb.readFile("/tmp/w.txt");
      check(written === null || utf8(written) === "written", "the written file is intact or gone", written);
      eq(utf8(await sb.readFile("/data/in.txt")), "in", "mounted file");
      eq((await sb.run("print(open('/data/in.txt').read())")).stdout, "in\n", "mounted file readable");
    });
  }],

  ["virtual files: a 1 MB file reads fast and costs fuel; a fuel stop mid-read is clean", async (api) => {
    const line = "0123456789,abcdefghij,ABCDEFGHIJ,xyz\n"; // 37 bytes
    const big = line.repeat(Math.ceil((1 << 20) / line.length));
    await session(api, { worker: false, files: { "/big.csv": big } }, async (sb) => {
      const whole = await sb.run("data = open('/big.csv', 'rb').read()\nprint(len(data))");
      okRun(whole);
      eq(whole.stdout, `${big.length}\n`, "read()");
      check(whole.stats.fuelUsed > big.length / 16, "reading 1 MB costs at least 1 fuel per 16 bytes", whole.stats.fuelUsed);
      const lines = await sb.run("n = 0\nfor row in open('/big.csv'):\n    n += len(row.split(','))\nprint(n)");
      okRun(lines);
      eq(lines.stdout, `${(big.length / line.length) * 4}\n`, "line by line");
      // Each readinto moves 1 MB on the host (65536 fuel): the stop comes mid-read, cleanly.
      const stop = await sb.run("f = open('/big.csv', 'rb')\nbuf = bytearray(1 << 20)\nwhile True:\n    f.seek(0)\n    f.readinto(buf)", { fuel: 200_000 });
      eq(stop.error?.kind, "fuel", "kind");
      eq(stop.sessionLost, undefined, "sessionLost");
      okRun(await sb.run("print(len(data))"), "next run");
    });
  }],

  ["virtual files: misuse of files and tmpQuotaBytes throws", async (api) => {
    const create = (options) => api.Sandbox.create(options).then((sb) => sb.close());
    await rejects(create({ files: [] }), TypeError, /files must be a plain object/, "files: []");
    await rejects(create({ files: new Map() }), TypeError, /files must be a plain object/, "files: Map");
    await rejects(create({ files: "x" }), TypeError, /files must be a plain object/, "files: string");
    await rejects(create({ files: { "/a": 5 } }), TypeError, /string or a Uint8Array/, "a number");
    await rejects(create({ files: { "/a": [1] } }), TypeError, /string or a Uint8Array/, "an array");
    await rejects(create({ files: { "rel.txt": "" } }), RangeError, /absolute/, "relative path");
    await rejects(create({ files: { "/a/../b": "" } }), RangeError, /\.\./, "..");
    await rejects(create({ files: { "/a\0b": "" } }), RangeError, /NUL/, "NUL");
    await rejects(create({ files: { "/dir/": "" } }), RangeError, /ends with/, "trailing /");
    await rejects(create({ files: { "/a": "", "/a/b": "" } }), RangeError, /also given as a file/, "file and directory");
    await rejects(create({ files: { ["/" + "x".repeat(300)]: "" } }), RangeError, /too long/, "long name");
    await rejects(create({ tmpQuotaBytes: -1 }), RangeError, /tmpQuotaBytes/, "negative quota");
    await rejects(create({ tmpQuotaBytes: 1.5 }), RangeError, /tmpQuotaBytes/, "fractional quota");
    await rejects(create({ tmpQuotaBytes: "1" }), TypeError, /tmpQuotaBytes/, "string quota");
    await rejects(create({ tmpQuotaBytes: 4, files: { "/tmp/x": "12345" } }), RangeError, /quota/, "initial /tmp over the quota");
    await rejects(api.runPython("pass", { file: {} }), TypeError, /unknown option/, "typo");
    const r = await api.runPython("print(open('/in.txt').read())\nopen('/tmp/o', 'w').write('o')", { files: { "/in.txt": "hi" } });
    okRun(r);
    eq(r.stdout, "hi\n", "runPython mounts files");
    eq(utf8(r.files["/tmp/o"]), "o", "runPython returns files");
  }],
  ...callbacksCases, ...cpuCases, ...guestCases, ...fuzzCases,
];
