# Dict views: len, reversed, in, ==, set operations on keys and items (issue 13 §5).
## case len
d = {"a": 1, "b": 2, "c": 3}
print(len(d.keys()), len(d.values()), len(d.items()))
## case in
d = {"a": 1, "b": 2}
print("a" in d.keys(), ("a", 1) in d.items(), ("a", 2) in d.items(), 2 in d.values())
## case equality
print({"a": 1, "b": 2}.keys() == {"b": 0, "a": 0}.keys(), {"a": 1}.items() == {"a": 1}.items())
print({"a": 1}.keys() == {"a"}, {"a": 1}.items() == {("a", 1)})
## case keys-set-ops
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 0, "z": 0, "w": 0}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() ^ b.keys()))
## case items-set-ops
a = {"x": 1, "y": 2}
b = {"x": 1, "y": 3}
print(a.items() & b.items(), sorted(a.items() - b.items()))
## case keys-vs-set
print(sorted({"a": 1, "b": 2}.keys() & {"b", "c"}), sorted({"a", "q"} | {"a": 1}.keys()))
## case reversed-views
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
## case view-is-live
d = {"a": 1}
k = d.keys()
d["b"] = 2
print(len(k), sorted(k))
## case view-repr
d = {"a": 1, "b": 2}
print(d.keys(), d.values(), d.items())
## case keys-isdisjoint
print({"a": 1}.keys().isdisjoint({"b"}), {"a": 1}.keys().isdisjoint(["a"]))
## case view-types
d = {"a": 1}
print(type(d.keys()).__name__, type(d.values()).__name__, type(d.items()).__name__)
## case view-mapping
d = {"a": 1}
print(d.keys().mapping == d)
## case not-equal
print({"a": 1}.keys() != {"b": 1}.keys(), {"a": 1}.keys() != {"a"}, {"a": 1}.items() != {("a", 2)})
print({"a"} == {"a": 1}.keys(), {"a": 1}.keys() == ["a"])
## case values-not-set-like
d = {"a": 1}
print(d.values() == d.values(), 1 in d.values(), len(d.values()))
try:
    d.values() & {1}
except TypeError as e:
    print("TypeError")
## case items-contains-edge
d = {"a": [1], "b": 2}
print(("a", [1]) in d.items(), ("a",) in d.items(), "a" in d.items(), ("c", 2) in d.items())
## case set-ops-with-iterables
d = {"a": 1, "b": 2, "c": 3}
print(sorted(d.keys() & ["a", "z"]), sorted(d.keys() | ("z",)), sorted(d.keys() - "ab"), sorted(d.keys() ^ {"c": 0, "q": 1}))
print(sorted(["b", "y"] & d.keys()), sorted(("q",) | d.keys()), sorted({"a", "x"} - d.keys()), sorted({"a", "x"} ^ d.keys()))
## case set-op-result-type
d = {"a": 1}
print(type(d.keys() & {"a"}).__name__, type(d.items() | set()).__name__, type({"a"} - d.keys()).__name__)
## case items-set-ops-more
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 2, "z": 0}
print(sorted(a.items() | b.items()), sorted(a.items() ^ b.items()), sorted(a.items() & [("x", 1), ("q", 0)]))
## case items-isdisjoint
a = {"x": 1}
print(a.items().isdisjoint([("x", 2)]), a.items().isdisjoint({("x", 1)}), a.keys().isdisjoint(iter("yz")))
## case set-op-not-iterable
try:
    {"a": 1}.keys() & 5
except TypeError:
    print("TypeError")
## case view-bool
d = {}
print(bool(d.keys()), bool(d.items()), bool(d.values()))
d["a"] = 1
print(bool(d.keys()), bool(d.items()), bool(d.values()))
## case reversed-views-after-changes
d = dict.fromkeys("abcdef", 0)
del d["c"]
d["c"] = 1
r = reversed(d.items())
print(next(r), list(r))
print(list(reversed(d.keys())), list(reversed(d.values())))
## case view-repr-nested
d = {"k": {"n": 1}, "l": [1, 2]}
print(d.keys(), d.items())
print(repr({}.keys()), str({}.values()), {}.items())
## case view-live-after-delete
d = {"a": 1, "b": 2, "c": 3}
v = d.values()
i = d.items()
del d["b"]
d["d"] = 4
print(list(v), list(i), len(v))
## case keys-equal-different-order
print({"a": 1, "b": 2}.keys() == {"b": 3, "a": 4}.keys(), {"a": 1, "b": 2}.items() == {"b": 2, "a": 1}.items())
## case view-of-subclass
class D(dict):
    pass
d = D(a=1, b=2)
print(d.keys(), list(reversed(d)), d.keys() & {"a"}, len(d.items()))
## case view-in-set-of-views
d = {1: "a", 2: "b"}
print(sorted(d.keys() | d.keys()), sorted(d.items() - {(1, "a")}))
