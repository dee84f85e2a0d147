# Builtins: vars, ascii, exit/quit, and the other builtins everyday code uses (issue 13 §7).
## case vars-object
class P:
    def __init__(self):
        self.x = 1
        self.y = 2
print(vars(P()))
## case vars-module-level
import math
print("pi" in vars(math))
## case ascii
print(ascii("naïve 日本 \n"), ascii(["é", 1]), ascii("plain"))
## case exit-with-code
print("before")
exit(3)
print("after")
## case quit-none
print("bye")
quit()
## case sys-exit-message
import sys
sys.exit("fatal: stopping")
## case sys-exit-zero
import sys
print("x")
sys.exit(0)
## case any-all-filter-map
print(any([]), all([]), list(filter(None, [0, 1, "", "a"])), list(map(pow, [2, 3], [3, 2])))
## case enumerate-zip-reversed
print(list(zip(*[[1, 2, 3], [4, 5, 6]])), list(reversed(range(4))), list(enumerate([], 5)))
## case divmod-abs-round
print(abs(-3.5), abs(-7), divmod(17, 5), round(-0.5), pow(2, 100))
## case chr-ord-hex-oct-bin
print(chr(97), ord("€"), hex(255), oct(8), bin(-5), hex(-1), format(255, "#x"))
## case isinstance-tuple-union
print(isinstance(3, (str, int)), isinstance(3, int | str), isinstance(None, type(None)))
## case callable-getattr-setattr
class A:
    pass
a = A()
setattr(a, "v", 5)
print(callable(len), callable(a), getattr(a, "v"), getattr(a, "w", "none"), hasattr(a, "v"))
delattr(a, "v")
print(hasattr(a, "v"))
## case iter-next-sentinel
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
vals = iter([5, 4, 0, 3].pop, 0)
print(list(vals))
## case id-free-hash-equal
print(hash("abc") == hash("abc"), hash((1, 2)) == hash((1, 2)))
## case dir-of-instance
class Q:
    def m(self):
        pass
    z = 1
print([n for n in dir(Q()) if not n.startswith("__")])
## case frozenset-and-set-repr
print(frozenset(), set(), sorted(frozenset([3, 1, 2])), {1, 2} <= {1, 2, 3})
## case format-builtin
print(format(3.14159, ".2f"), format(42, "08b"), format("x", "^5"), format(1234567, ","))
## case globals-locals
def f():
    a = 1
    return sorted(locals())
print(f(), "f" in globals())
## case slice-builtin
s = slice(1, 5, 2)
print(s.start, s.stop, s.step, [0, 1, 2, 3, 4, 5][s])
## case memoryview-tolist
print(memoryview(b"abc").tolist(), memoryview(bytearray(b"xy"))[0])
## case input-absent
print(callable(input), callable(open))
## case object-repr-default
class Thing:
    pass
r = repr(Thing())
print(r.startswith("<__main__.Thing object at 0x"))
## case help-builtins-exist
import builtins
print(sorted(n for n in ["abs", "ascii", "breakpoint", "compile", "exec", "vars", "aiter", "anext"] if hasattr(builtins, n)))
## case format-builtin-forms
print(format(255, "#x"), format(0.5, "%"), format("ab", "^6"), format(1234567, ","), format(3, "b"))
## case ascii-escapes
print(ascii("é☃\U0001f600\x7f"), ascii(b"\xff"), ascii(3), ascii({"k": "ü"}))
## case vars-errors
try:
    vars(42)
except TypeError as e:
    print(e)
class K:
    def __init__(self):
        self.only = 1
print(vars(K()))
## case exit-codes
try:
    exit(3)
except SystemExit as e:
    print("args", e.args)
try:
    quit()
except SystemExit as e:
    print("args", e.args)
try:
    exit("msg")
except SystemExit as e:
    print("args", e.args)
## case iter-sentinel-forms
import io
vals = [1, 2, 3, None, 4]
print(list(iter(lambda: vals.pop(0), None)))
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__)
it = iter(lambda: 7, 7)
print(list(it), list(it))
