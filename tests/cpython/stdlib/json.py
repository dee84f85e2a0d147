# json: dumps options (indent, sort_keys, separators, ensure_ascii, default), loads, errors; CPython's exact output (issue 14).
## case dumps-default-separators
import json
print(json.dumps({"a": [1, 2.5, None, True], "b": {"c": "d"}}), json.dumps([]), json.dumps("x"), json.dumps(1e20), json.dumps(0.1))
## case indent
import json
print(json.dumps({"name": "ada", "tags": ["x", "y"], "meta": {}, "list": []}, indent=2))
print(json.dumps([1, [2, 3]], indent="\t"))
## case sort-keys
import json
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True))
## case separators
import json
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")), json.dumps({"a": 1}, indent=1, separators=(",", " = ")))
## case ensure-ascii
import json
print(json.dumps("naïve 日本 😀"), json.dumps("naïve 日本", ensure_ascii=False), json.dumps({"k": "\u2028\n\t\"\\"}))
## case default
import json
from datetime import date
def enc(o):
    if isinstance(o, set):
        return sorted(o)
    if isinstance(o, date):
        return o.isoformat()
    raise TypeError(f"not serializable: {type(o).__name__}")
print(json.dumps({"s": {3, 1, 2}, "d": date(2024, 1, 2)}, default=enc))
## case unserializable-error
import json
try:
    json.dumps({"x": object()})
except TypeError as e:
    print(type(e).__name__, e)
## case loads-types
import json
v = json.loads('{"i": 1, "f": 1.5, "e": 1e3, "n": null, "t": true, "s": "\\u00e9", "l": [1, {"x": []}]}')
print(v, type(v["e"]).__name__)
## case loads-errors
import json
for bad in ['{"a": 1,}', "[1, 2", "nul", ""]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e.msg, e.pos)
## case loads-decode-error-is-valueerror
import json
try:
    json.loads("{bad}")
except ValueError as e:
    print(isinstance(e, json.JSONDecodeError), str(e))
## case non-str-keys
import json
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}))
## case floats-special
import json
print(json.dumps([float("inf"), float("nan"), -0.0, 3.0, 1/3]))
## case dump-load-file-objects
import json, io
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf, indent=1)
print(buf.getvalue())
print(json.load(io.StringIO('{"x": 5}')))
## case object-hook-and-parse-float
import json
from decimal import Decimal
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())), json.loads("1.10", parse_float=Decimal))
## case tuples-and-nested-indent
import json
print(json.dumps({"pt": (1, 2), "rows": [{"a": 1}, {"b": [True, False]}]}, indent=4, sort_keys=True))
## case roundtrip-order
import json
s = '{"zeta": 1, "alpha": 2, "mid": {"y": 1, "x": 2}}'
print(json.dumps(json.loads(s)) == s)
