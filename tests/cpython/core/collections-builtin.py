# list, tuple, set, frozenset and dict methods and operations everyday code relies on.
## case list-methods
l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0); l.remove(2)
print(l, l.pop(), l.pop(0), l.index(4), l.count(1), l)
l.reverse(); print(l)
l.sort(); print(l, l.copy() == l, l.copy() is l)
l.clear(); print(l)
## case list-operators
a = [1, 2]
print(a + [3], a * 2, [0] * 3, 2 in a, a == [1, 2], a < [1, 3], [[0] * 2 for _ in range(2)])
b = a
b += [9]
print(a, a is b)
## case list-errors
for f in [lambda: [].pop(), lambda: [1].index(5), lambda: [1].remove(5), lambda: [][0]]:
    try:
        f()
    except (IndexError, ValueError) as e:
        print(type(e).__name__)
## case tuple-ops
t = (1, 2, 2, 3)
print(t.count(2), t.index(3), t + (4,), t * 2, (1,) == (1,), tuple([1, 2]), (1, 2) < (1, 2, 0), hash((1, 2)) == hash((1, 2)))
## case set-methods
s = {3, 1, 2}
s.add(5); s.discard(9); s.remove(1)
print(sorted(s), sorted(s | {7}), sorted(s & {2, 3}), sorted(s - {2}), sorted(s ^ {2, 8}))
print(s.issubset({2, 3, 5, 6}), s.issuperset({2}), s.isdisjoint({0}), sorted(s.union([9], (10,))), sorted(s.intersection({2, 3}, {3})))
s2 = set(s); s2.update([0]); s2.difference_update({0}); s2.intersection_update({2, 3}); s2.symmetric_difference_update({3, 4})
print(sorted(s2), len(s), s.pop() in {2, 3, 5})
## case set-errors
try:
    set().remove(1)
except KeyError as e:
    print(type(e).__name__)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__)
## case frozenset
f = frozenset([1, 2, 3])
print(sorted(f | {4}), type(f | {4}).__name__, {f: "ok"}[frozenset([3, 2, 1])], f == {1, 2, 3})
## case dict-methods
d = {"a": 1}
d.update(b=2)
d.update([("c", 3)])
print(d.get("z"), d.get("a"), d.setdefault("a", 9), d.setdefault("e", 5), d.pop("b"), sorted(d.items()))
print(sorted(d.keys()), sorted(d.values()), dict.fromkeys(["x", "y"], 0), "a" in d, len(d))
d.clear(); print(d)
## case dict-errors
try:
    {}.pop("x")
except KeyError as e:
    print(type(e).__name__)
try:
    {[]: 1}
except TypeError as e:
    print(type(e).__name__)
## case nested-structures
data = {"users": [{"name": "a", "tags": ["x"]}, {"name": "b", "tags": []}]}
data["users"][1]["tags"].append("y")
print(data, [u["name"] for u in data["users"] if u["tags"]], sum(len(u["tags"]) for u in data["users"]))
## case comprehensions
print([x * x for x in range(6) if x % 2], {x % 3 for x in range(10)} == {0, 1, 2}, {k: v for k, v in zip("ab", (1, 2))}, list(x for x in "hi"))
print([(i, j) for i in range(3) for j in range(i)], [[r * c for c in range(3)] for r in range(3)])
## case unpacking-and-swap
a, b = 1, 2
a, b = b, a
(x, y), z = (3, 4), 5
print(a, b, x, y, z, *[1, 2], *"ab")
## case enumerate-zip-patterns
names = ["ann", "bob", "cy"]
scores = [90, 85, 77]
for i, (n, s) in enumerate(zip(names, scores), 1):
    print(i, n, s)
print(dict(zip(names, scores)), list(zip(*zip(names, scores))))
## case sorted-reversed-min-max
data = [5, 3, 8, 1]
print(sorted(data), sorted(data, reverse=True), list(reversed(data)), min(data), max(data), sum(data) / len(data))
print(sorted(["b", "A", "c"]), sorted(["b", "A", "c"], key=str.lower), max({"a": 3, "b": 9}.items(), key=lambda kv: kv[1]))
## case list-slicing-step-one
l = list(range(10))
print(l[2:5], l[:3], l[-3:], l[:], l[5:2], l[-100:100][:2])
l[2:4] = ["a", "b", "c"]
print(l)
del l[:3]
print(l)
## case bytes-and-list-conversion
print(list(b"AB"), bytes([72, 105]), list("héllo"), tuple({"k": 1}), list(range(3)), str(list("ab")))
## case chained-dict-get-default-patterns
config = {"db": {"host": "x"}}
print(config.get("db", {}).get("port", 5432), config.get("cache", {}).get("ttl"), "db" in config and "host" in config["db"])
