# Dicts keep insertion order everywhere: literals, dict(), kwargs, json, __dict__, re-insertion, popitem, reversed (issue 13 §2).
## case literal-order
d = {"zebra": 1, "apple": 2, "mango": 3, "kiwi": 4, "banana": 5}
print(d)
print(list(d), list(d.values()))
## case assignment-order
d = {}
for k in ["delta", "alpha", "charlie", "bravo", "echo", "foxtrot", "golf"]:
    d[k] = len(k)
print(d)
## case int-keys-order
d = {}
for k in [100, 3, 57, -4, 12, 8, 1000, 2]:
    d[k] = k * 2
print(list(d.items()))
## case reinsert-moves-to-end
d = {"a": 1, "b": 2, "c": 3}
del d["a"]
d["a"] = 9
print(d)
## case update-keeps-position
d = {"a": 1, "b": 2, "c": 3}
d["a"] = 100
d.update({"b": 200, "z": 0})
print(d)
## case popitem-lifo
d = {"x": 1, "y": 2, "z": 3}
print(d.popitem(), d.popitem(), d)
## case popitem-empty
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
## case reversed-dict
d = {"one": 1, "two": 2, "three": 3, "four": 4}
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
## case dict-constructor-order
print(dict([("q", 1), ("w", 2), ("e", 3), ("r", 4)]))
print(dict(q=1, w=2, e=3, r=4, t=5))
print(dict.fromkeys("python"))
## case kwargs-order
def f(**kw):
    return list(kw)
print(f(zeta=1, alpha=2, mid=3, beta=4))
## case json-dumps-order
import json
print(json.dumps({"name": "ada", "age": 36, "langs": ["en"], "id": 7, "active": True}))
## case json-loads-order
import json
d = json.loads('{"z": 1, "y": {"b": 2, "a": 1}, "x": [3], "w": null}')
print(d, list(d["y"]))
## case instance-dict-order
class P:
    def __init__(self):
        self.zed = 1
        self.alpha = 2
        self.mid = 3
        self.beta = 4
print(P().__dict__, list(vars(P())))
## case class-dict-order
class C:
    zed = 1
    alpha = 2
    mid = 3
print([k for k in C.__dict__ if not k.startswith("__")])
## case dict-comprehension-order
words = ["pear", "fig", "apple", "kiwi", "banana", "plum"]
print({w: len(w) for w in words})
## case merge-operators
a = {"x": 1, "y": 2}
b = {"y": 20, "w": 30}
print(a | b, b | a)
a |= {"q": 0}
print(a)
## case setdefault-and-pop-order
d = {}
for w in "the quick brown fox jumps over the lazy dog".split():
    d.setdefault(w[0], []).append(w)
d.pop("q")
print(d)
## case copy-order
d = {"c": 3, "a": 1, "b": 2}
e = d.copy()
e["d"] = 4
print(e, dict(d), {**d, "a": 0})
## case many-keys-order
d = {}
for i in range(200):
    d[str(i * 7919 % 1000)] = i
print(list(d)[:10], list(d)[-5:])
## case delete-during-build
d = {str(i): i for i in range(20)}
for i in range(0, 20, 3):
    del d[str(i)]
d["0"] = 0
print(list(d))
## case dict-equality-ignores-order
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"b": 2, "a": 1}))
## case counting-words
text = "to be or not to be that is the question"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
## case delete-reinsert-cycles
d = {}
for i in range(10):
    d[i] = i
for i in range(0, 10, 2):
    del d[i]
for i in range(0, 10, 4):
    d[i] = -i
d[3] = "kept"
print(list(d.items()))
## case popitem-order-after-changes
d = dict.fromkeys("abcde", 0)
del d["e"]
d["a"] = 1
d["f"] = 2
out = []
while d:
    out.append(d.popitem())
print(out)
d["z"] = 0
print(d.popitem(), d)
## case popitem-then-insert
d = {"a": 1, "b": 2, "c": 3}
print(d.popitem())
d["x"] = 9
d["c"] = 4
print(d, list(reversed(d)))
## case json-round-trip-order
import json
src = '{"zeta": 1, "alpha": {"yy": [1, {"q": 2, "b": 3}], "aa": null}, "mid": true, "b": 2.5}'
d = json.loads(src)
print(json.dumps(d))
print(json.dumps(d) == json.dumps(json.loads(json.dumps(d))), list(d), list(d["alpha"]))
## case kwargs-order-passthrough
def inner(**kw):
    return list(kw.items())
def outer(*args, **kw):
    kw["added"] = 0
    return inner(**kw)
print(outer(1, zz=1, aa=2, mm=3))
print(dict({"b": 1}, z=2, a=3))
## case class-dict-vars-order
class K:
    zz = 1
    def method(self):
        pass
    aa = 2
    mm = 3
names = [k for k in K.__dict__ if not k.startswith("__")]
print(names)
class I:
    def __init__(self):
        self.q = 1
        self.b = 2
        self.a = 3
o = I()
o.z = 4
del o.b
o.b = 5
print(list(o.__dict__), list(o.__dict__.values()))
## case big-dict-many-deletions
d = {}
for i in range(5000):
    d[i * 37 % 5003] = i
for k in list(d)[::3]:
    del d[k]
for i in range(100):
    d[("t", i)] = i
keys = list(d)
print(len(d), keys[:5], keys[-3:])
print(all(d[k] == v for k, v in d.items()), sum(d.values()))
for k in list(d)[: len(d) - 10]:
    del d[k]
print(d)
## case big-dict-queue
d = {}
for i in range(20000):
    d[str(i)] = i
    if i >= 50:
        del d[str(i - 50)]
print(len(d), list(d)[:3], list(d)[-2:], "19999" in d, "100" in d)
## case dict-comprehension-order-ints
print({i * i % 17: i for i in range(20)})
print({k: v for k, v in zip("hello world", range(11))})
## case update-order
d = {"c": 1, "a": 2}
d.update([("z", 1), ("a", 9), ("b", 3)])
d.update(y=1, c=7)
d.update({"x": 0, "z": 5})
print(d)
## case copy-order-after-deletes
d = {k: ord(k) for k in "qwertyuiop"}
for k in "wryi":
    del d[k]
c = d.copy()
c["w"] = 0
print(c, dict(d), list(d) == list(c)[:-1])
## case fromkeys-order
print(dict.fromkeys(["z", "a", "z", "m", "a"]), dict.fromkeys(range(5, 0, -1), 0))
print(dict.fromkeys("mississippi"))
## case setdefault-order
d = {"b": 0}
for k in "cabbage":
    d.setdefault(k, len(d))
print(d)
## case merge-order
a = {"k1": 1, "k2": 2, "k3": 3}
b = {"k3": 30, "k0": 0, "k1": 10}
print(a | b)
print(b | a)
a |= b
print(a)
a |= [("new", 1), ("k2", 20)]
print(a)
## case reversed-after-changes
d = {}
for i in range(8):
    d[i] = i
del d[7], d[0], d[4]
d[4] = 4
print(list(reversed(d)), list(reversed(d.items()))[:2])
print(list(reversed({})))
## case reversed-iterator-type
it = reversed({"a": 1})
print(next(it), next(it, "done"))
## case globals-order
import sys
zz_first = 1
aa_second = 2
names = [k for k in globals() if k in ("zz_first", "aa_second")]
print(names)
## case equal-dicts-order
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b), a.items() == b.items())
## case ordereddict-ops
from collections import OrderedDict
o = OrderedDict.fromkeys("abcde")
o.move_to_end("b")
o.move_to_end("e", last=False)
print(list(o))
print(o.popitem(), o.popitem(last=False), list(o))
o["a"] = 1
print(o, list(reversed(o)))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
## case ordereddict-popitem-empty
from collections import OrderedDict
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError")
## case int-and-str-keys-mixed
d = {}
for k in [5, "5", 5.0, (5,), "a", -1, True]:
    d[k] = type(k).__name__
print(d)
## case setitem-existing-keeps-place
d = dict(zip("abcdef", range(6)))
for k in "fdb":
    d[k] *= 10
print(d)
