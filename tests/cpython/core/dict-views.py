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
