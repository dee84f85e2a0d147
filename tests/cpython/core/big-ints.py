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
