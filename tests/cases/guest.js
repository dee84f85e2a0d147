// Guest-side holes: Python objects that C code trusts (issue 11). Each program below is what an
// attacker would write to make MicroPython's C code misuse a Python-provided object (a stream that
// is not one, a callback that changes the container being worked on, a length that lies); every
// one must end as Python output or a Python exception, never a trap (error.kind "crash"), and the
// sandbox must stay usable. guest/patches/0005-0009 hold the fixes.
import { check, eq, okRun, session } from "./check.js";

/** Runs each program in one sandbox: it must succeed with exactly `stdout`; then the sandbox must still work. */
function programs(list) {
  return async (api) => session(api, { timeoutMs: 20_000 }, async (sb) => {
    for (const [what, code, stdout] of list) {
      const r = await sb.run(code);
      check(r.error?.kind !== "crash", `${what}: no trap`, r.error);
      okRun(r, what);
      eq(r.stdout, stdout, `${what}: stdout`);
    }
    eq((await sb.run("print('alive')")).stdout, "alive\n", "usable afterwards");
  });
}

/** `err(f, *args)`: "ok" or the name of the exception f(*args) raises. */
const ERR = `def err(f, *a):
    try:
        f(*a)
        return 'ok'
    except Exception as e:
        return type(e).__name__
`;

/** A filesystem written in Python mounted at /w (on sys.path), whose open() is `open`. */
const userFs = (open) => `import os, sys, io
class V:
    def mount(self, ro, mkfs): pass
    def umount(self): pass
    def stat(self, p): return (0x8000, 0, 0, 0, 0, 0, 10, 0, 0, 0)
    def open(self, p, m):
${open.split("\n").map((l) => `        ${l}`).join("\n")}
os.mount(V(), "/w")
sys.path.append("/w")
try:
    import anything
    print("imported", anything.x)
except OSError as e:
    print("OSError", e)
finally:
    sys.path.remove("/w")
    os.umount("/w")
    sys.modules.pop("anything", None)
`;

export const cases = [
  ["a Python filesystem's open() returning a non-stream: import raises OSError", programs([
    ["open() -> 42 (the issue's repro)", userFs("return 42"), "OSError stream operation not supported\n"],
    ["open() -> None", userFs("return None"), "OSError stream operation not supported\n"],
    ["open() -> the sandbox's own VFS object", userFs("return os.mount()[-1][0]"), "OSError stream operation not supported\n"],
    ["open() -> a class without stream methods", userFs("class F:\n    def read(self, n): return b''\nreturn F()"), "OSError stream operation not supported\n"],
    ["open() -> io.BytesIO works", userFs("return io.BytesIO(b'x = 5')"), "imported 5\n"],
    ["open() -> io.IOBase whose readinto() claims 10**6 bytes", userFs(`class R(io.IOBase):
    def readinto(self, b): return 10**6
    def ioctl(self, op, arg): return 0
return R()`), "OSError readinto() returned invalid length 1000000 (should have been between 0 and 25)\n"],
    ["open() -> a well-behaved io.IOBase works", userFs(`class R(io.IOBase):
    def __init__(self): self.d = b'x = 7'; self.p = 0
    def readinto(self, b):
        n = min(len(b), len(self.d) - self.p); b[:n] = self.d[self.p:self.p + n]; self.p += n; return n
    def ioctl(self, op, arg): return 4096 if op == 3 else 0
return R()`), "imported 7\n"],
    ["stat() returning junk", `import os, sys
class V:
    def mount(self, ro, mkfs): pass
    def umount(self): pass
    def stat(self, p): return 42
os.mount(V(), "/w"); sys.path.append("/w")
try:
    import anything
except Exception as e:
    print(type(e).__name__)
sys.path.remove("/w"); os.umount("/w")`, "TypeError\n"],
    ["mount points must be absolute (an empty one trapped)", `import os
${ERR}class V:
    def mount(self, ro, mkfs): pass
    def umount(self): pass
print(err(os.mount, V(), ""), err(os.mount, V(), "w"), err(os.listdir, "/"), err(os.umount, ""))`,
    "OSError OSError ok OSError\n"],
    ["a mountable subclass of io.IOBase is asked stat(), not called through its stream functions", `import os, sys, io
class V(io.IOBase):
    def mount(self, ro, mkfs): pass
    def umount(self): pass
    def stat(self, p): raise OSError(2)
os.mount(V(), "/w"); sys.path.append("/w")
try:
    import anything
except ImportError as e:
    print("ImportError")
sys.path.remove("/w"); os.umount("/w")`, "ImportError\n"],
  ])],

  ["objects that are not streams, given where C code wants a stream, raise OSError", programs([
    ["the sandbox's VFS object", `import os, json, deflate
${ERR}fs = os.mount()[-1][0]
print(err(json.dump, [1], fs), err(json.load, fs), err(lambda: print(1, file=fs)), err(lambda: deflate.DeflateIO(fs).read()))`,
    "OSError OSError OSError OSError\n"],
    ["subclasses of native streams", `import io, json, deflate, sys
${ERR}class B(io.BytesIO): pass
class S(io.StringIO): pass
class D(deflate.DeflateIO): pass
s = S()
s.write("direct")
print(err(json.dump, [1, 2], B()), err(lambda: print("x", file=S())), err(json.load, S("[1]")),
      err(lambda: deflate.DeflateIO(B(b"x")).read()), err(lambda: deflate.DeflateIO(D(io.BytesIO())).read()),
      err(sys.print_exception, ValueError(), S()), s.getvalue())`,
    "OSError OSError OSError OSError OSError OSError direct\n"],
    ["plain values", `import json, deflate, sys
${ERR}print([err(f) for f in (lambda: json.load(42), lambda: json.dump(1, None), lambda: print(1, file="s"),
       lambda: deflate.DeflateIO(42).read(), lambda: sys.print_exception(ValueError(), 42), lambda: json.dump(1, sys.stdin))])`,
    "['OSError', 'OSError', 'OSError', 'OSError', 'OSError', 'OSError']\n"],
  ])],

  ["io.IOBase: counts are checked and the methods get buffers of their own", programs([
    ["write() claiming more than it was given (hung before)", `import io, json
${ERR}class W(io.IOBase):
    def write(self, b): return len(b) + 1
    def ioctl(self, op, arg): return 0
print(err(lambda: print("hello", file=W())), err(json.dump, [1] * 100, W()))`, "OSError OSError\n"],
    ["readinto() claiming more than it was given", `import io, json, deflate
${ERR}class R(io.IOBase):
    def readinto(self, b): return len(b) + 1
    def ioctl(self, op, arg): return 0
print(err(json.load, R()), err(lambda: deflate.DeflateIO(R(), deflate.RAW).read()))`, "OSError OSError\n"],
    ["buffers kept, written through and resized after the call", `import io, json
class R(io.IOBase):
    def __init__(self): self.kept = []; self.d = b'[1, 2, 3]'; self.p = 0
    def readinto(self, b):
        self.kept += [b, memoryview(b)]
        if self.p == len(self.d): return 0
        b[0] = self.d[self.p]; self.p += 1; return 1
    def ioctl(self, op, arg): return 0
class W(io.IOBase):
    def __init__(self): self.kept = []; self.out = b''
    def write(self, b):
        self.kept.append(b); self.out += bytes(b); n = len(b); b.extend(b'x' * 1000); return n
    def ioctl(self, op, arg): return 0
r = R(); w = W()
print(json.load(r))
json.dump({"a": [1, 2]}, w)
def deep(n): return deep(n - 1) if n else 0
for k in r.kept + w.kept:
    deep(30)
    k[0] = 0x41
    deep(30)
print(len(r.kept), bytes(r.kept[0]), w.out, len(w.kept[0]))`, "[1, 2, 3]\n20 b'A' b'{\"a\": [1, 2]}' 1001\n"],
  ])],

  ["a memoryview outlives its bytearray or array being resized", programs([
    ["bytearray.extend", `import gc
b = bytearray(64)
m = memoryview(b)
b.extend(bytes(4096))
gc.collect()
objs = [[i, i] for i in range(200)] + [lambda: 1 for i in range(50)]
m[:] = b'\\xff' * 64
print(sum(len(o) for o in objs if isinstance(o, list)), objs[-1](), len(b), b[0], bytes(m[:2]))`, "400 1 4160 0 b'\\xff\\xff'\n"],
    ["array.extend", `import gc, array
a = array.array('i', [0] * 16)
m = memoryview(a)
a.extend(array.array('i', [0] * 1000))
gc.collect()
objs = [{i: i} for i in range(200)]
for i in range(len(m)): m[i] = -1
print(sum(len(o) for o in objs), a[0], m[0])`, "200 0 -1\n"],
    ["slice assignment and append", `import gc
b = bytearray(64)
m = memoryview(b)
b[0:1] = bytes(4096)
for i in range(100): b.append(1)
gc.collect()
objs = [(i, str(i)) for i in range(300)]
m[:] = b'\\x01' * 64
print(objs[-1][1], len(b))`, "299 4259\n"],
  ])],

  ["callbacks that change the list being sorted, searched or heapified", programs([
    ["sort: a comparison empties the list", `class K:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        L.clear(); L.extend(range(50))
        return s.v < o.v
L = [K(i) for i in range(100, 0, -1)]
try:
    L.sort()
except ValueError as e:
    print(e)
print(len(L), sorted(k.v for k in L) == list(range(1, 101)), L[0].v)`, "list modified during sort\n100 True 1\n"],
    ["sort: the key function empties the list, then raises", `L = list(range(200, 0, -1))
def key(x):
    L.clear()
    if x == 7: raise KeyError(x)
    return x
try:
    L.sort(key=key)
except KeyError as e:
    print("KeyError", e)
print(len(L), sorted(L) == list(range(1, 201)))`, "KeyError 7\n200 True\n"],
    ["heapq: comparisons that empty the heap", `import heapq
${ERR}class K:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        h.clear()
        return s.v < o.v
h = [K(i) for i in range(200)]
a = err(heapq.heappush, h, K(-1))
h = [K(i) for i in range(200, 0, -1)]
b = err(heapq.heapify, h)
h = [K(i) for i in range(200)]
print(a, b, err(heapq.heappop, h))`, "RuntimeError RuntimeError RuntimeError\n"],
    ["==, index(), count(), in, remove() with an __eq__ that empties both lists", `import gc
class E:
    def __eq__(s, o):
        A.clear(); B.clear(); gc.collect()
        junk = [[i] * 3 for i in range(100)]
        return False
def fresh():
    global A, B
    A = [E() for i in range(20)]; B = [E() for i in range(20)]
fresh(); r1 = A == B
fresh(); r2 = A.count(1)
fresh(); r3 = 1 in A
fresh()
try: A.index(1)
except ValueError: r4 = "ValueError"
fresh()
try: A.remove(1)
except ValueError: r5 = "ValueError"
print(r1, r2, r3, r4, r5, len(A))`, "False 0 False ValueError ValueError 0\n"],
  ])],

  ["dict and set lookups whose __hash__ or __eq__ change the dict or set", programs([
    ["__hash__ empties the dict (division by zero before)", `d = {}
class H:
    def __hash__(s):
        d.clear()
        return 1
for i in range(20): d[H()] = i
print(len(d), list(d.values()))`, "1 [19]\n"],
    ["__eq__ refills the dict being searched", `class K:
    n = 0
    def __hash__(s): return 1
    def __eq__(s, o):
        K.n += 1
        if K.n < 50:
            d.clear()
            for i in range(40): d[i] = i
        return False
d = {}
d[K()] = 1
d[K()] = 2
print(K() in d, len(d) > 0)`, "False True\n"],
    ["set and OrderedDict too", `from collections import OrderedDict
class K:
    n = 0
    def __hash__(s): return 1
    def __eq__(s, o):
        K.n += 1
        if K.n < 50:
            st.clear(); od.clear()
            for i in range(40): st.add(i); od[i] = i
        return False
st = set(); od = OrderedDict()
st.add(K()); st.add(K()); od[K()] = 1; od[K()] = 2
print(K() in st, K() in od, len(st) > 0, len(od) > 0)`, "False False True True\n"],
  ])],

  ["lengths that lie: __len__ is only a hint for array and bytearray", programs([
    ["__len__ smaller than what __iter__ yields", `import array
class L:
    def __len__(s): return 2
    def __iter__(s): return iter([i % 200 for i in range(5000)])
a = array.array('q', L())
print(len(a), a[-1], len(bytearray(L())), len(bytes(L())))`, "5000 199 5000 5000\n"],
    ["__len__ that overflows the allocation size, or is not an int", `import array
class M:
    def __len__(s): return 0x20000001
    def __iter__(s): return iter(range(100))
class N:
    def __len__(s): return "x"
    def __iter__(s): return iter(range(3))
print(len(array.array('q', M())), len(array.array('i', N())), len(bytearray(N())))`, "100 3 3\n"],
  ])],

  ["hostile values elsewhere end as Python exceptions (audit)", programs([
    ["struct counts, sizes and offsets (pack() wrote past its buffer before)", `import struct
${ERR}b = bytearray(8)
print([err(f) for f in (lambda: struct.pack("<4294967297s", b"abc"), lambda: struct.calcsize("<99999999999i"),
       lambda: struct.unpack("<1073741825i", b"abcd"), lambda: struct.unpack("<536870912q4s", b"abcd"),
       lambda: struct.pack_into("<1073741823q", b, 0), lambda: struct.pack_into("<i", b, 10**9, 1),
       lambda: struct.pack_into("<i", b, -9, 1), lambda: struct.unpack_from("<i", b, 2**31 - 1),
       lambda: struct.unpack_from("<i", b"12", 0), lambda: struct.unpack_from("<i", b"1234", -10**10))],
      struct.calcsize("<3i1073741800x"), struct.calcsize("@bi"), struct.pack("<2s3x", b"abc"))`,
    "['ValueError', 'ValueError', 'ValueError', 'ValueError', 'ValueError', 'ValueError', 'ValueError', 'ValueError', 'ValueError', 'OverflowError'] 1073741812 8 b'ab\\x00\\x00\\x00'\n"],
    ["repetition, join and replace whose size wraps around 32 bits (wrote past the buffer before)", `${ERR}print([err(f) for f in (lambda: [1, 2] * 2**29, lambda: [0] * 2**30, lambda: (1, 2) * 2**29, lambda: [1, 2, 3] * 1431655766,
       lambda: 'abc' * 1431655766, lambda: b'abc' * 1431655766, lambda: ('a' * 65536).join(['x'] * 65536),
       lambda: ('a' * 4096).replace('', 'x' * 2**20), lambda: [1] * 2**62, lambda: 'ab' * 2**30)])`,
    "['MemoryError', 'MemoryError', 'MemoryError', 'MemoryError', 'MemoryError', 'MemoryError', 'MemoryError', 'MemoryError', 'OverflowError', 'MemoryError']\n"],
    ["hashlib, binascii, int, memoryview", `import hashlib, binascii, array
${ERR}print([err(f) for f in (lambda: hashlib.sha256(42), lambda: hashlib.sha256().update(None), lambda: binascii.hexlify(42),
       lambda: binascii.unhexlify("abc"), lambda: binascii.a2b_base64(42), lambda: binascii.crc32(array.array('h', [1])),
       lambda: (5).to_bytes(-1, "little"), lambda: int.from_bytes(42, "little"), lambda: memoryview(42))])`,
    "['TypeError', 'TypeError', 'TypeError', 'ValueError', 'TypeError', 'ok', 'ValueError', 'TypeError', 'TypeError']\n"],
    ["__hash__, __index__, __len__ returning the wrong type", `${ERR}class H:
    def __hash__(s): return "x"
class I:
    def __index__(s): return "x"
class L:
    def __len__(s): return "x"
print([err(f) for f in (lambda: {H(): 1}, lambda: [1][I()], lambda: bytes(I()), lambda: len(L()), lambda: range(10)[I()])])`,
    "['TypeError', 'TypeError', 'TypeError', 'ok', 'TypeError']\n"],
    ["sys.stdout cannot be replaced; deflate on a closed stream", `import sys, io, deflate
${ERR}d = deflate.DeflateIO(io.BytesIO(), deflate.ZLIB)
d.close()
print(err(setattr, sys, "stdout", 42), err(d.write, b"x"), err(d.read), err(lambda: deflate.DeflateIO(io.BytesIO(), 9)))`,
    "AttributeError OSError OSError ValueError\n"],
  ])],

  ["micropython.schedule callbacks stay in the run that scheduled them", async (api) => session(api, undefined, async (sb) => {
    const first = await sb.run("import micropython\nmicropython.schedule(print, 'from run 1')");
    okRun(first, "scheduling run");
    eq((await sb.run("for i in range(3): pass\nprint('run 2')")).stdout, "run 2\n", "the next run does not run it");
    const stuck = await sb.run("import micropython\ndef f(_):\n    while True: pass\nmicropython.schedule(f, 0)\nfor i in range(3): pass", { fuel: 1e6 });
    eq(stuck.error?.kind, "fuel", "a callback that loops is stopped by fuel");
    const own = await sb.run("import micropython\nmicropython.schedule(print, 'own')\nfor i in range(3): pass\nprint('run 4')");
    eq(own.stdout, "own\nrun 4\n", "a later run's own callback still runs");
  })],

  ["values nest at most 256 deep in both directions (cycles refused too)", async (api) => {
    const nest = (n) => { let x = []; for (let i = 1; i < n; i++) x = [x]; return x; };
    const depthOf = (v) => (Array.isArray(v) ? 1 + (v.length ? depthOf(v[0]) : 0) : 0);
    await session(api, { functions: { take: (v) => depthOf(v), give: (n) => nest(n) } }, async (sb) => {
      const r = await sb.run(`
def nest(n):
    x = []
    for i in range(n - 1): x = [x]
    return x
def depth(v):
    return 1 + (depth(v[0]) if v else 0) if isinstance(v, list) else 0
def err(f, *a, **k):
    try:
        return f(*a, **k)
    except TypeError as e:
        return "TypeError: " + str(e)
cyc = []; cyc.append(cyc)
d = {}; d["self"] = d
print(take(nest(257)), depth(give(257)))
for v in (nest(258), cyc, d, (nest(300),)):
    print(err(take, v))
print(err(take, v=cyc))
print(err(give, 258))
`);
      okRun(r);
      const refused = "TypeError: value passed to the host is nested more than 256 deep (a cycle?)\n";
      eq(r.stdout, `257 257\n${refused.repeat(5)}TypeError: the result of give() is nested more than 256 deep (a cycle?)\n`, "stdout");
    });
  }],

  ["error.message and error.traceback are capped at maxOutputBytes, at a whole character, and marked", async ({ runPython }) => {
    const big = await runPython("raise ValueError('é' * 2_500_000)"); // a 5 MB message
    eq(big.error.kind, "python", "kind");
    eq(big.error.truncated, true, "truncated flag");
    check(big.error.message.endsWith("é… [truncated]"), "message ends at a whole é, marked", big.error.message.slice(-20));
    eq(big.error.message.length, (1 << 20) / 2 + "… [truncated]".length, "message length: the 1 MiB default cap");
    check(big.error.traceback.endsWith("… [truncated]") && !big.error.traceback.includes("\ufffd"), "traceback capped, no U+FFFD", big.error.traceback.slice(-20));
    check(big.stderrTruncated && big.stderr.length <= 1 << 20 && !big.stderr.includes("\ufffd"), "stderr capped", big.stderr.length);
    const small = await runPython("raise ValueError('€' * 10)", { maxOutputBytes: 8 });
    eq(small.error.message, "€€… [truncated]", "message");
    eq(small.error.traceback, "Tracebac… [truncated]", "traceback");
    eq(small.stderr, "Tracebac", "stderr");
    const fits = await runPython("raise ValueError('€' * 10)", { maxOutputBytes: 200 });
    eq(fits.error.message, "€".repeat(10), "a message within the cap is whole");
    eq(fits.error.truncated, undefined, "and not flagged");
    const oom = await runPython("x = bytearray(10**9)", { maxOutputBytes: 4, memoryBytes: 16 << 20 });
    eq(oom.error.kind, "memory", "a cut message keeps its kind");
  }],

  ["output truncation never splits a UTF-8 character", async ({ runPython }) => {
    for (const [code, max, stdout] of [
      ["print('€' * 10)", 8, "€€"],
      ["print('a😀😀')", 6, "a😀"],
      ["import sys\nsys.stdout.write('ab')\nsys.stdout.write('é')\nprint('x')", 3, "ab"],
      ["import sys\nsys.stdout.buffer.write(b'\\xe2\\x82')\nsys.stdout.buffer.write(b'\\xac' + b'z' * 10)", 4, "€z"],
      ["import sys\nsys.stdout.buffer.write(b'a\\xe2\\x82')\nprint('zz')", 3, "a"],
    ]) {
      const r = await runPython(code, { maxOutputBytes: max });
      okRun(r, code);
      eq(r.stdout, stdout, `${code} with maxOutputBytes ${max}`);
      eq(r.stdoutTruncated, true, "flagged");
    }
    const r = await runPython("import sys\nprint('é' * 3)\nprint('x', file=sys.stderr)\nprint('more')", { maxOutputBytes: 9 });
    eq(r.stdout, "ééé\n", "stdout whole up to the cap");
    eq(r.stderr, "x\n", "stderr uses the room left");
    eq(r.stdoutTruncated, true, "a stream that lost bytes keeps nothing more");
  }],

  ["a program that catches MemoryError and keeps the heap full leaves the next run room to run", async (api) =>
    session(api, { memoryBytes: 2 << 20 }, async (sb) => {
      const fill = "x = []\ntry:\n    while True:\n        x.append('y' * 1000)\nexcept MemoryError:\n    pass\nprint(len(x) > 100)";
      okRun(await sb.run(fill), "filling run");
      const next = await sb.run("print('sentinel')");
      okRun(next, "the next run");
      eq(next.stdout, "sentinel\n", "its output");
      okRun(await sb.run("del x"), "freeing run");
      okRun(await sb.run(fill), "filling again");
      eq((await sb.run("print(len(x) > 100)")).stdout, "True\n", "state kept");
    })],
];
