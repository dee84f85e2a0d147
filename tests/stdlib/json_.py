import json
data = {"name": "Ünïcode ☃ 😀", "n": [1, 2.5, -3e-7, 1e20, True, False, None], "nested": {"k": []}, "t": (1, 2)}
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, sort_keys=True, ensure_ascii=False))
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, sort_keys=True, indent="\t", separators=(",", ":")))
print(json.dumps([1, {"a": {}}, []], indent=4), json.dumps({}, indent=2), json.dumps([], indent=2))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, separators=(",", ":")))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none"}, sort_keys=False) if False else json.dumps({1: "x"}))
print(json.dumps({None: 1}), json.dumps({True: 1}), json.dumps({2.5: 1}))
print(json.dumps("tab\tquote\"back\\slash\nnew\x01ctl\u2028"), json.dumps("plain"))
print(json.dumps(float("inf")), json.dumps([float("nan"), -float("inf")]))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps(Point(1, 2), default=lambda o: [o.x, o.y]))
for bad in (lambda: json.dumps(Point(1, 2)), lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(float("nan"), allow_nan=False)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError", e)
s = '{"a": [1, 2.0, "x\\u00e9\\ud83d\\ude00", null, true, false, {"b": -0.5e1}], "c": 12345678901234567890}'
v = json.loads(s)
print(v["a"][:2], v["a"][3:], v["a"][2], v["a"][2] == "x\u00e9\U0001F600", v["c"], type(v["a"][1]).__name__)
print(json.loads("  [1, 2]  "), json.loads('"\\n\\t\\/"'), json.loads("NaN") != json.loads("NaN"), json.loads("-Infinity"))
print(json.loads('{"x": 1.5}', parse_float=str), json.loads('[1]', parse_int=float), json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list), json.loads(b'[1]'))
for bad in ('', '[1,]', '{"a" 1}', '{"a": 1,}', '[1 2]', '{a: 1}', '"abc', '[1] x', 'tru', '"\\x"', '{"a": 1', '[-]'):
    try:
        json.loads(bad)
        print("accepted", repr(bad))
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads('[\n  1,\n  x]')
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, ValueError))
import io
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf, indent=1)
print(buf.getvalue())
print(json.load(io.StringIO('{"z": [true]}')))
