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
