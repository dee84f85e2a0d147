# pprint: pprint and pformat (width, sort_dicts, nesting) (issue 14).
## case small
from pprint import pprint, pformat
pprint({"b": 1, "a": [1, 2]})
print(pformat([1, 2, 3]))
## case wrap-long
from pprint import pprint
data = {"name": "widget", "tags": ["alpha", "beta", "gamma", "delta", "epsilon"], "dims": {"w": 10, "h": 20, "d": 30}, "price": 12.5}
pprint(data)
pprint(data, width=40)
pprint(data, sort_dicts=False)
## case nested-lists
from pprint import pprint
pprint([list(range(10)) for _ in range(4)], width=60)
pprint([[1, [2, [3, [4, [5]]]]]], depth=3)
## case pformat-indent
from pprint import pformat
print(pformat({"k": list(range(30))}, indent=2, width=50))
## case strings-long
from pprint import pprint
pprint(["a long string " * 8], width=50)
pprint(("tuple", 1), width=5)
