# Integers past 2**31 wherever CPython's work: range, indexing, slicing, hashing (issue 13 §12).
## case range-big-start
r = range(10**10, 10**10 + 5)
print(len(r), r[0], r[-1], list(r)[:2])
## case range-big-len-index
r = range(10**11)
print(r[-1], r[10**10], len(r) == 10**11)
## case range-big-contains-and-slice
r = range(0, 10**12, 7)
print(7 * 10**9 in r, r[10:13], r[-2:])
## case range-big-step
print(list(range(0, 3 * 10**10, 10**10)), range(2**40, 2**41, 2**39).index(2**40 + 2**39))
## case big-int-arithmetic
print(2**31, 2**31 + 1, -2**31 - 1, 2**63 * 3, (2**64) // 7, (2**64) % 1000, 3**50)
## case big-int-index-with-small-value
l = [1, 2, 3]
print(l[2**40 - 2**40 + 1], "abc"[(10**20) // (10**20)])
## case index-out-of-range-big
try:
    [1, 2][2**40]
except IndexError as e:
    print(type(e).__name__, e)
## case slice-with-big-bounds
print("hello"[:10**12], [1, 2, 3][-10**15:], (1, 2)[2**70:])
## case int-str-roundtrip
n = 12345678901234567890123456789
print(str(n), int(str(n)) == n, hex(n), n.to_bytes(12, "big").hex())
## case big-int-comparisons-and-hash
print(2**62 > 2**61, hash(2**20) == 2**20, abs(-2**100), sorted([2**40, -2**40, 0]))
## case enumerate-big-start
print(list(enumerate("ab", 2**40)))
## case repeat-by-small-result-from-big
print("ab" * (2**40 - 2**40 + 2), [0] * ((10**12) // (10**12)))
## case range-big-repr-attrs
r = range(-10**12, 10**12, 3**20)
print(r, r.start, r.stop, r.step, len(r))
## case range-big-iterate
r = range(2**31 - 2, 2**31 + 3)
print(list(r), sum(r), max(r), min(r))
## case range-big-negative-step
r = range(2**40, 2**40 - 10, -3)
print(list(r), len(r), r[-1], r[::-1], list(reversed(r)))
## case range-crossing-small-int-limit
r = range(2**30 - 3, 2**30 + 3)
print(list(r), len(r), r[3], 2**30 in r, r.index(2**30 + 1))
## case range-len-past-32-bits
print(len(range(10**9 * 3)), len(range(0, 10**18, 3)), len(range(2**62)))
## case range-len-overflow
try:
    len(range(2**64))
except OverflowError as e:
    print(type(e).__name__, e)
print(range(2**64)[-1], bool(range(2**64)))
## case range-contains-big
r = range(-10**15, 10**15, 10**9 + 7)
print(0 in r, -10**15 in r, 10**15 in r, (10**9 + 7) * 5 - 10**15 in r, 3.0 in range(5), "a" in r)
## case range-contains-fast
print(10**17 in range(10**18), 10**18 in range(10**18), -1 in range(10**18), 2**63 - 2 in range(0, 2**63, 2))
## case range-index-count-big
r = range(0, 10**15, 10**5)
print(r.index(10**10), r.count(10**10), r.count(10**10 + 1), range(5).count(2.0), range(5).index(True))
try:
    r.index(7)
except ValueError as e:
    print(e)
## case range-index-out-of-range-big
for i in (10**12, -10**12 - 1, 2**70):
    try:
        range(10**12)[i]
    except IndexError as e:
        print(e)
## case range-slice-big-bounds
r = range(10)
print(r[:10**20], r[-10**20:], r[::10**20], r[::-10**20], r[10**20:-10**20:-1])
## case range-reversed-big
print(list(reversed(range(10**12, 10**12 + 4))), next(reversed(range(10**20))), list(reversed(range(0))))
## case range-equality-big
print(range(10**12) == range(0, 10**12, 1), range(5, 5) == range(2**40, 2**40), range(2**40, 2**40 + 1, 7) == range(2**40, 2**40 + 1, 9))
## case range-arg-errors
for args in ((1.5,), ("3",), (0, 10, 0), (0, 2**70, 0)):
    try:
        range(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
## case range-bool-index-arg
print(range(True, 5)[True], list(range(False, 3, True)))
## case index-cannot-fit
for seq in ([1, 2], (1, 2), "ab", b"ab", bytearray(b"ab")):
    try:
        seq[10**20]
    except IndexError as e:
        print(type(seq).__name__, e)
## case index-big-out-of-range-each-type
import array
for seq in ([1, 2], (1, 2), "ab", bytearray(b"ab"), array.array("i", [1])):
    try:
        seq[-2**40]
    except IndexError as e:
        print(type(seq).__name__, e)
## case index-big-assign-delete
w = [1, 2, 3]
for op in ("w[2**40] = 0", "del w[2**40]", "w[-2**70] = 0"):
    try:
        exec(op)
    except IndexError as e:
        print(type(e).__name__)
print(w)
## case index-with-bool-and-int-subclass
class I(int):
    pass
w = ["a", "b", "c"]
print(w[True], w[I(2)], "xyz"[I(-1)], w[I(0):I(2)], (1, 2, 3)[::I(2)])
## case index-with-int-method-only
class Num:
    def __int__(self):
        return 1
for seq in ([1, 2], (1, 2), "ab"):
    try:
        seq[Num()]
    except TypeError as e:
        print(type(e).__name__)
## case slice-big-bounds-each-type
import array
for seq in ("hello", b"hello", bytearray(b"hello"), (1, 2, 3), [1, 2, 3], array.array("i", [1, 2])):
    print(seq[-10**20:10**20], seq[10**20:], seq[:-10**20], seq[::2**100], seq[::-2**100])
## case slice-big-assign
w = [1, 2, 3]
w[10**20:] = [4]
w[:-10**20] = [0]
print(w)
del w[2**70:]
del w[:-2**70]
print(w)
## case slice-indices-big
print(slice(-10**20, 10**20).indices(5), slice(None, None, -10**20).indices(3))
## case enumerate-start-kinds
print(list(enumerate("ab", -2**40)), list(enumerate("ab", start=2**64)), list(enumerate("abc", 2**30 - 2)))
try:
    enumerate("ab", 1.5)
except TypeError as e:
    print(type(e).__name__)
## case str-index-big
print("hello"[-2**40:2], "héllo"[2**40:], "héllo"[:2**40], "héllo"[-2**40::2])
try:
    "héllo"[2**40]
except IndexError as e:
    print(e)
