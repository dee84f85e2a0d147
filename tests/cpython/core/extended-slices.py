# Extended slices (step ≠ 1) on every sequence type: reading, assignment, deletion, errors (issue 13 §1).
## case str-reverse
print("hello"[::-1])
print("naïve 日本"[::-1])
## case str-step-two
s = "abcdefghij"
print(s[::2], s[1::2], s[1::3], s[8:1:-2])
## case str-unicode-step
w = "ñandú-éèê-日本語"
print(w[::2], w[1::3], w[-1:-8:-3])
## case str-negative-bounds
s = "0123456789"
print(s[-2::-3], s[:-8:-1], s[100:0:-4], s[-100::5])
## case str-slice-object
s = "abcdefgh"
sl = slice(1, None, 2)
print(s[sl], sl.indices(len(s)))
## case str-zero-step-error
try:
    "abc"[::0]
except ValueError as e:
    print(type(e).__name__, e)
## case bytes-step
b = b"abcdefgh"
print(b[::-1], b[::3], b[6:1:-2])
## case bytearray-step
ba = bytearray(b"abcdefgh")
print(ba[::-1], ba[1::2])
## case bytearray-step-assign
ba = bytearray(b"abcdefgh")
ba[::2] = b"WXYZ"
print(ba)
## case bytearray-step-delete
ba = bytearray(range(10))
del ba[::3]
print(list(ba))
## case tuple-step
t = tuple(range(10))
print(t[::-1], t[::4], t[7:2:-2])
## case list-step
l = list(range(10))
print(l[::-1], l[1::3], l[-1:0:-4])
## case list-step-assign
w = list(range(10))
w[::2] = ["a", "b", "c", "d", "e"]
print(w)
## case list-step-assign-reverse
w = list(range(6))
w[::-1] = w
print(w)
## case list-step-assign-length-mismatch
w = list(range(10))
try:
    w[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
print(w)
## case list-step-delete
w = list(range(12))
del w[1::3]
print(w)
del w[::-2]
print(w)
## case list-step-delete-empty
w = [1, 2, 3]
del w[5::2]
print(w)
## case list-slice-assign-iterable
w = list(range(8))
w[1::3] = (x * 10 for x in range(3))
print(w)
## case list-step-assign-negative
w = list(range(8))
w[6:0:-3] = "xy"
print(w)
## case array-step
import array
a = array.array("i", range(10))
print(a[::-1])
print(a[1::3])
## case array-step-assign-delete
import array
a = array.array("h", range(10))
a[::2] = array.array("h", [-1] * 5)
print(a)
del a[::3]
print(a)
## case range-step-slice
r = range(0, 20, 3)
print(r[::-1], r[1::2], list(r[::-2]))
## case range-reverse-slice-values
print(list(range(10)[8:2:-3]), range(10)[::-1][0])
## case memoryview-step
m = memoryview(b"abcdefgh")
print(bytes(m[::2]), bytes(m[::-1]))
## case str-slice-indices-clamp
print(slice(-20, 20, 3).indices(10), slice(None, None, -1).indices(5))
## case list-slice-assign-grows
w = [1, 2, 3]
w[1:2] = [7, 8, 9]
w[len(w):] = [0]
print(w)
## case str-step-empty-results
s = "abcdef"
print(repr(s[::-1][6:]), repr(s[2:2:-1]), repr(s[1:5:-1]), repr(s[5:1:2]), repr(""[::-1]))
## case str-step-huge
s = "héllo wörld"
print(s[::10**6], s[::-10**6], s[3::-100], s[-1::-3])
## case str-unicode-reverse-four-byte
s = "a😀b€c日d"
print(s[::-1], s[1::2], s[-2::-2], len(s[::3]))
## case str-step-negative-start-stop
s = "日本語のテキスト"
print(s[-2:-7:-2], s[6:0:-3], s[:-5:-1])
## case str-step-one-explicit
s = "naïve"
print(s[::1], s[1:4:1], s[slice(None, None, 1)])
## case bytes-step-negative
b = bytes(range(10))
print(list(b[::-2]), list(b[-3::-3]), b[5:5:-1], b[::-1][::-1] == b)
## case bytes-step-result-type
b = b"abcdef"
print(type(b[::2]).__name__, type(bytearray(b)[::2]).__name__, b[::2] == b"ace")
## case tuple-step-empty
t = (1, 2, 3, 4)
print(t[::-1][:0], t[3:0:1], t[0:3:-1], t[::5], type(t[::2]).__name__)
## case list-step-read-types
w = [[1], "a", None, 2.5, (3,)]
r = w[::-1]
print(r, r[0] is w[-1], type(r).__name__)
## case list-step-assign-wrong-size-message
w = list(range(6))
for value in ([1], [1, 2, 3, 4], []):
    try:
        w[::2] = value
    except ValueError as e:
        print(e)
print(w)
## case list-step-assign-empty-to-empty
w = [1, 2, 3]
w[5::2] = []
w[1:1:-1] = ()
print(w)
## case list-step-assign-non-iterable
w = [1, 2, 3]
try:
    w[::2] = 5
except TypeError as e:
    print(e)
try:
    w[0:1] = None
except TypeError as e:
    print(e)
print(w)
## case list-step-assign-string-and-range
w = list(range(6))
w[::2] = "xyz"
w[1::2] = range(100, 103)
print(w)
## case list-step-assign-dict-and-set
w = [0, 0, 0, 0]
w[::2] = {"a": 1, "b": 2}
w[1::2] = sorted({5, 6})
print(w)
## case list-slice-assign-generator-step-one
w = [1, 2, 3, 4]
w[1:3] = (x * x for x in range(5))
print(w)
w[:] = iter([9, 8])
print(w)
## case list-step-delete-negative
w = list(range(10))
del w[::-3]
print(w)
del w[-1:0:-2]
print(w)
## case list-step-delete-all
w = list(range(7))
del w[::-1]
print(w)
w = list(range(7))
del w[::1]
print(w)
## case list-step-self-assign
w = [1, 2, 3, 4]
w[::2] = w[1::2]
print(w)
w[:] = w
w[1:1] = w
print(w)
## case list-step-assign-iterable-mutates
w = list(range(6))
def gen():
    yield "a"
    w.append(99)
    yield "b"
    yield "c"
w[::2] = gen()
print(w)
## case slice-object-attributes
s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step, repr(slice(3)), slice(None, -1))
## case slice-object-subscript-every-type
import array
sl = slice(None, None, -1)
print("abc"[sl], b"abc"[sl], (1, 2)[sl], [1, 2][sl], bytearray(b"xy")[sl], array.array("b", [1, 2])[sl], range(3)[sl])
## case slice-object-equality
print(slice(1, 2, 3) == slice(1, 2, 3), slice(1, 2) == slice(1, 2, None), slice(1, 2) == slice(1, 3), slice(1) != slice(2))
## case slice-object-unhashable
try:
    hash(slice(1, 2))
except TypeError as e:
    print(type(e).__name__)
## case slice-object-indices-variants
for s in (slice(None), slice(None, None, -1), slice(-3, None), slice(2, -2, 2), slice(10, 1, -4), slice(-100, 100)):
    print(s.indices(7))
## case slice-object-indices-negative-length
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(e)
## case slice-bad-index-types
for bad in ("1", 1.0, [1]):
    try:
        [1, 2, 3][bad:]
    except TypeError as e:
        print(type(e).__name__, e)
## case user-getitem-receives-slice
class Seq:
    def __getitem__(self, key):
        return key
s = Seq()
print(s[1:2], s[::-1], s[1:2:3], s[:, 1], s[1:2, ::3])
## case user-getitem-slice-indices
class Sq:
    def __len__(self):
        return 10
    def __getitem__(self, key):
        if isinstance(key, slice):
            return [i * i for i in range(*key.indices(len(self)))]
        return key * key
q = Sq()
print(q[::3], q[8:2:-2], q[4])
## case user-setitem-delitem-slice
class Rec:
    def __setitem__(self, key, value):
        print("set", key, value)
    def __delitem__(self, key):
        print("del", key)
r = Rec()
r[1:5:2] = "ab"
del r[::-1]
## case step-zero-everywhere
import array
for seq in ("abc", b"abc", bytearray(b"abc"), (1, 2), [1, 2], range(3), array.array("i", [1]), memoryview(b"ab")):
    try:
        seq[::0]
    except ValueError as e:
        print(type(seq).__name__, e)
## case step-zero-assign-delete
w = [1, 2, 3]
for op in ("w[::0] = [1]", "del w[::0]"):
    try:
        exec(op)
    except ValueError as e:
        print(e)
## case bytearray-step-assign-iterable
ba = bytearray(b"abcdef")
ba[::2] = [65, 66, 67]
print(ba)
ba[1::2] = bytearray(b"xyz")
print(ba)
ba[::-1] = ba
print(ba)
## case bytearray-step-assign-size-mismatch
ba = bytearray(6)
try:
    ba[::2] = b"ab"
except ValueError as e:
    print(e)
## case bytearray-delete-index-and-slice
ba = bytearray(b"0123456789")
del ba[0]
del ba[-1]
del ba[2:4]
print(ba)
del ba[::-2]
print(ba)
## case bytearray-slice-assign-grow-shrink
ba = bytearray(b"abc")
ba[1:2] = b"XYZ"
ba[:1] = b""
ba[len(ba):] = [33, 34]
print(ba)
## case array-step-negative-and-types
import array
for tc in "bBhHiIlLqQfd":
    a = array.array(tc, range(8))
    print(tc, list(a[::-3]), list(a[1:7:2]))
## case array-step-assign-size-mismatch
import array
a = array.array("i", range(6))
try:
    a[::2] = array.array("i", [1, 2])
except ValueError as e:
    print(e)
print(a)
## case array-delete-index
import array
a = array.array("d", [1.5, 2.5, 3.5, 4.5])
del a[1]
del a[-1]
print(a)
## case array-slice-assign-list-rejected
import array
a = array.array("i", [1, 2, 3])
try:
    a[0:1] = [5]
except TypeError as e:
    print(type(e).__name__)
print(a)
## case memoryview-step-read
m = memoryview(bytearray(b"abcdefgh"))
print(list(m[::2]), bytes(m[::-1]), list(m[-1:2:-2]), len(m[1::3]))
## case memoryview-step-of-slice
m = memoryview(b"0123456789")[2:8]
print(bytes(m[::2]), bytes(m[::-1]), bytes(m[1::-1]))
## case memoryview-array-step
import array
m = memoryview(array.array("h", [1, -2, 3, -4, 5]))
print(list(m[::2]), list(m[::-1]))
## case range-step-slices-more
r = range(3, 40, 4)
print(r[::3], r[::-2], r[-2:1:-3], r[100:], r[:-100], r[5:2])
print(list(r[::-4]), range(10, 0, -3)[::-1], range(0)[::-1])
## case range-slice-len-and-eq
r = range(1, 100, 7)[2:-3:2]
print(r, len(r), r == range(15, 78, 14), list(r))
