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
