# Small self-checking functions of the kind coding benchmarks use (MBPP/HumanEval style).
## case two-sum
def two_sum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return [seen[target - n], i]
        seen[n] = i
    return []
assert two_sum([2, 7, 11, 15], 9) == [0, 1]
print(two_sum([3, 2, 4], 6), two_sum([1], 5))
## case is-anagram-and-palindrome
def is_anagram(a, b):
    return sorted(a.replace(" ", "").lower()) == sorted(b.replace(" ", "").lower())
def longest_palindrome(s):
    best = ""
    for i in range(len(s)):
        for j in (i, i + 1):
            l, r = i, j
            while l >= 0 and r < len(s) and s[l] == s[r]:
                l, r = l - 1, r + 1
            if r - l - 1 > len(best):
                best = s[l + 1:r]
    return best
print(is_anagram("Dormitory", "dirty room"), longest_palindrome("babad"), longest_palindrome("cbbd"))
## case fizzbuzz
print(" ".join("FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i) for i in range(1, 21)))
## case reverse-words-and-vowels
def reverse_words(s):
    return " ".join(reversed(s.split()))
def count_vowels(s):
    return sum(c in "aeiouAEIOU" for c in s)
print(reverse_words("the sky is  blue"), count_vowels("Programming Language"))
## case binary-search
def bsearch(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
a = list(range(0, 100, 3))
print([bsearch(a, x) for x in (0, 3, 99, 50, 98)])
## case merge-sort
def merge_sort(a):
    if len(a) <= 1:
        return a
    m = len(a) // 2
    l, r = merge_sort(a[:m]), merge_sort(a[m:])
    out = []
    while l and r:
        out.append((l if l[0] <= r[0] else r).pop(0))
    return out + l + r
print(merge_sort([5, 2, 9, 1, 5, 6, -3, 0]))
## case gcd-lcm-primes
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def prime_factors(n):
    out, p = [], 2
    while p * p <= n:
        while n % p == 0:
            out.append(p)
            n //= p
        p += 1
    return out + ([n] if n > 1 else [])
print(gcd(48, 180), 48 * 180 // gcd(48, 180), prime_factors(360), prime_factors(97), prime_factors(2**10 * 3**5))
## case string-compression
def compress(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{s[i]}{j - i}")
        i = j
    r = "".join(out)
    return r if len(r) < len(s) else s
print(compress("aabcccccaaa"), compress("abc"), compress(""))
## case matrix-rotate-spiral
def rotate(m):
    return [list(r) for r in zip(*m[::-1])]
def spiral(m):
    out = []
    while m:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(rotate(m), spiral([r[:] for r in m]))
## case valid-parentheses
def valid(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for c in s:
        if c in "([{":
            stack.append(c)
        elif not stack or stack.pop() != pairs[c]:
            return False
    return not stack
print([valid(s) for s in ["()", "()[]{}", "(]", "([)]", "{[]}", "(("]])
## case roman-to-int-and-digits
def digit_sum(n):
    return sum(int(d) for d in str(abs(n)))
def is_armstrong(n):
    s = str(n)
    return n == sum(int(d) ** len(s) for d in s)
print(digit_sum(-9875), [n for n in range(1, 1000) if is_armstrong(n)])
## case running-statistics
def moving_average(xs, k):
    return [round(sum(xs[i:i + k]) / k, 2) for i in range(len(xs) - k + 1)]
def mode(xs):
    counts = {}
    for x in xs:
        counts[x] = counts.get(x, 0) + 1
    return max(sorted(counts), key=counts.get)
print(moving_average([1, 2, 3, 4, 5, 6], 3), mode([3, 1, 3, 2, 1, 1, 3]))
## case caesar-and-vigenere
def vigenere(text, key):
    out = []
    for i, c in enumerate(text):
        shift = ord(key[i % len(key)]) - ord("a")
        out.append(chr((ord(c) - ord("a") + shift) % 26 + ord("a")) if c.isalpha() else c)
    return "".join(out)
print(vigenere("attack at dawn", "lemon"))
## case flatten-dict
def flatten(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            out.update(flatten(v, key))
        else:
            out[key] = v
    return out
print(sorted(flatten({"a": 1, "b": {"c": 2, "d": {"e": 3}}}).items()))
## case word-wrap-and-justify
def justify(words, width):
    lines, cur = [], []
    for w in words:
        if sum(map(len, cur)) + len(cur) + len(w) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    lines.append(cur)
    return [" ".join(l).ljust(width) if i == len(lines) - 1 else " ".join(l).center(width) for i, l in enumerate(lines)]
for line in justify("This is an example of text justification".split(), 16):
    print(f"|{line}|")
## case int-to-words
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return ONES[n // 100] + " hundred" + (" and " + words(n % 100) if n % 100 else "")
    return words(n // 1000) + " thousand" + (" " + words(n % 1000) if n % 1000 else "")
print([words(n) for n in [0, 13, 40, 99, 101, 999, 1234, 20020]])
## case pascal-and-combinations
def pascal(n):
    rows = [[1]]
    for _ in range(n - 1):
        rows.append([1] + [a + b for a, b in zip(rows[-1], rows[-1][1:])] + [1])
    return rows
for r in pascal(6):
    print(" ".join(map(str, r)).center(20))
## case dict-inversion-grouping
grades = {"ann": "A", "bob": "B", "cy": "A", "dee": "C", "eve": "B"}
inv = {}
for name, g in sorted(grades.items()):
    inv.setdefault(g, []).append(name)
print(sorted(inv.items()), {v: k for k, v in sorted(grades.items())})
## case bit-manipulation
def count_bits(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([count_bits(i) for i in range(9)], 0b1010 ^ 0b0110, 1 << 10, -8 >> 1, ~5, 0xFF & 0x0F, bin(37), int("100101", 2))
## case string-formatting-report
rows = [("apples", 3, 0.5), ("bananas", 12, 0.25), ("cherries", 200, 0.1)]
for name, qty, price in rows:
    print("%-10s|%5d|%8.2f|%s" % (name, qty, qty * price, "*" * (qty // 10)))
print("{:<10}|{:>5}|{:>8}".format("total", sum(r[1] for r in rows), "%.2f" % sum(r[1] * r[2] for r in rows)))
