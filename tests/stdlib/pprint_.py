import pprint
from collections import OrderedDict, defaultdict, Counter, deque
data = {"name": "widget", "tags": ["a", "b", "c"], "dims": {"w": 10, "h": 20.5, "d": None}, "ok": True,
        "history": [(2020, "created"), (2021, "updated"), (2022, "archived")], "z": list(range(30))}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=1)
pprint.pprint(list(range(40)), compact=True, width=50)
pprint.pprint([list(range(12)), ("x" * 30, "y" * 30), {5}, frozenset({"a"})], width=50)
print(pprint.pformat({"b": 1, "a": 2}), pprint.pformat({"b": 1, "a": 2}, sort_dicts=False) in ("{'b': 1, 'a': 2}", "{'a': 2, 'b': 1}"))
pprint.pprint("The quick brown fox jumps over the lazy dog and keeps running far away into the distance " * 2, width=40)
pprint.pprint({"key": "a long string value that will not fit in the available width at all, no"}, width=50)
pprint.pprint(b"\x00\x01binary data that is long enough to be wrapped over lines" * 2, width=30)
pprint.pprint((1,), width=1)
pprint.pprint([[1, 2, [3, 4, [5, 6]]]], depth=2)
r = [1, 2]
r.append(r)
print(pprint.isrecursive(r), pprint.isreadable([1, "a"]), pprint.isreadable(pprint), pprint.saferepr({"b": [1], "a": (2,)}))
pprint.pprint(Counter("aaaabbbccd"), width=20)
pprint.pprint(deque(range(20), maxlen=25), width=30)
pprint.pprint(OrderedDict([("x", list(range(15))), ("y", 2)]), width=30)
pprint.pprint({"n": 123456789}, underscore_numbers=True)
pp = pprint.PrettyPrinter(width=30, indent=2)
pp.pprint({"alpha": [1, 2, 3], "beta": {"gamma": "delta" * 3}})
print(pp.pformat([]), pprint.pformat(()), pprint.pformat(set()), pprint.pformat({}))
