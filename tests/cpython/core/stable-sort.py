# sorted and list.sort are stable, with key and reverse=True (issue 13 §3).
## case stable-key
people = [("bob", 25), ("ann", 30), ("cid", 25), ("dan", 30), ("eve", 25), ("fay", 20)]
print(sorted(people, key=lambda p: p[1]))
## case stable-reverse
people = [("bob", 25), ("ann", 30), ("cid", 25), ("dan", 30), ("eve", 25), ("fay", 20)]
print(sorted(people, key=lambda p: p[1], reverse=True))
## case list-sort-in-place-stable
words = "the quick brown fox jumps over the lazy dog again and again".split()
words.sort(key=len)
print(words)
## case multi-pass-sort
records = [("x", 3, "b"), ("y", 1, "a"), ("z", 3, "a"), ("w", 1, "b"), ("v", 2, "a")]
records.sort(key=lambda r: r[0])
records.sort(key=lambda r: r[2])
records.sort(key=lambda r: r[1])
print(records)
## case large-stable
data = [(i * 37 % 10, i) for i in range(300)]
out = sorted(data, key=lambda t: t[0])
print(all(out[i][1] < out[i + 1][1] for i in range(len(out) - 1) if out[i][0] == out[i + 1][0]))
print(out[:5], out[-3:])
## case reverse-stable-equal
items = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e")]
print(sorted(items, key=lambda t: t[0], reverse=True))
## case sort-dict-items-by-value
scores = {"ann": 3, "bob": 5, "cid": 3, "dan": 5, "eve": 1}
print(sorted(scores.items(), key=lambda kv: kv[1], reverse=True))
## case sort-strings-case-insensitive
names = ["bob", "Alice", "alice", "Bob", "carol", "ALICE"]
print(sorted(names, key=str.lower))
## case sort-errors
try:
    sorted([3, "a", 1])
except TypeError as e:
    print(type(e).__name__)
## case sort-keywords-only
try:
    sorted([3, 1, 2], None)
except TypeError as e:
    print(type(e).__name__)
print(sorted([3, 1, 2], reverse=True), sorted("bca"))
## case sort-tuples-and-none-key
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), sorted([3, 1, 2], key=None))
## case key-called-once-in-order
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([3, 1, 4, 1, 5, 9, 2, 6], key=key), calls)
## case large-sorted-and-reversed
n = 5000
up = list(range(n))
down = up[::-1]
print(sorted(up) == up, sorted(down) == up, sorted(down, reverse=True) == down)
saw = sorted([(i % 7, i) for i in range(n)][::-1], key=lambda t: t[0])
print(saw[:3], saw[-3:])
## case stable-many-runs
data = [(i * 7919 % 101, i) for i in range(2000)]
out = sorted(data, key=lambda t: t[0])
print(out == sorted(data), out[:4], out[-2:])
rev = sorted(data, key=lambda t: t[0], reverse=True)
print(rev == sorted(data, key=lambda t: (-t[0], t[1])))
## case reverse-keeps-equal-order
words = ["bb", "a", "cc", "d", "ee", "f", "gg"]
print(sorted(words, key=len, reverse=True))
words.sort(key=len, reverse=True)
print(words)
## case sort-partially-ordered
data = list(range(100)) + list(range(50, 0, -1)) + [7] * 10 + list(range(200, 100, -3))
print(sorted(data) == sorted(data, key=lambda x: x), sorted(data)[::37])
## case lt-raises-keeps-items
class Boom:
    n = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Boom.n += 1
        if Boom.n == 40:
            raise RuntimeError("boom")
        return self.v < other.v
xs = [Boom(i * 37 % 23) for i in range(30)]
before = sorted(x.v for x in xs)
try:
    xs.sort()
except RuntimeError as e:
    print("RuntimeError", e)
print(len(xs), sorted(x.v for x in xs) == before)
## case key-raises-keeps-list
xs = [3, 1, "a", 2]
try:
    xs.sort(key=lambda x: x + 1)
except TypeError:
    print("TypeError")
print(xs)
## case list-modified-during-sort
xs = [3, 1, 2]
def key(x):
    xs.append(x)
    return x
try:
    xs.sort(key=key)
except ValueError as e:
    print("ValueError", e)
print(xs)
ys = [5, 4, 3]
def peek(x):
    print(len(ys), end=" ")
    return x
ys.sort(key=peek)
print(ys)
## case lt-result-truthiness
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return 1 if self.v < other.v else 0
    def __repr__(self):
        return "V(%d)" % self.v
print(sorted([V(3), V(1), V(2), V(1)]))
## case sort-mixed-types-error
for data in ([1, "a"], ["a", 1], [1, 2, None]):
    try:
        sorted(data)
    except TypeError as e:
        print(e)
## case sort-floats-and-ints
print(sorted([3, 1.5, -2, 0.0, 2, -0.5, 1]), sorted([1.0, 1, True, 0, False, 0.0]))
## case sort-only-uses-lt
class L:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __gt__(self, other):
        raise AssertionError("gt used")
print([x.v for x in sorted([L(2), L(1), L(3), L(1)])])
print([x.v for x in sorted([L(2), L(1), L(3), L(1)], reverse=True)])
## case sorted-iterables-and-kwargs
print(sorted("hello"), sorted({3: 1, 1: 2}), sorted((3, 1, 2), reverse=True), sorted(range(5), key=lambda x: -x))
try:
    sorted([1, 2], cmp=None)
except TypeError:
    print("TypeError")
## case sort-empty-and-single
a, b = [], [1]
a.sort(); b.sort(reverse=True)
print(a, b, sorted([], key=lambda x: 1 / 0))
