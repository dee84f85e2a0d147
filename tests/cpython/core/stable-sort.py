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
