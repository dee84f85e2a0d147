# match statements (PEP 634): literal, capture, wildcard, sequence, mapping, class, or, as, guard patterns (issue 13 §9).
## case literal
def f(x):
    match x:
        case 1:
            return "one"
        case "two":
            return "two"
        case None:
            return "none"
        case True:
            return "true"
        case _:
            return "other"
print([f(v) for v in [1, "two", None, True, 3.5]])
## case capture-and-wildcard
match (1, 2):
    case (a, b):
        print("pair", a, b)
## case sequence-patterns
def g(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case [first, *rest]:
            return f"first {first} rest {rest}"
print([g(s) for s in [[], [1], [1, 2], [1, 2, 3], (4, 5, 6, 7)]])
## case string-not-sequence
match "ab":
    case [a, b]:
        print("seq")
    case str():
        print("str")
## case mapping-patterns
def h(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click {x},{y}"
        case {"type": "key", "key": k, **rest}:
            return f"key {k} {rest}"
        case {"type": t}:
            return f"other {t}"
    return "nothing"
print(h({"type": "click", "pos": (1, 2)}), h({"type": "key", "key": "a", "mod": "ctrl"}), h({"type": "x"}), h({}))
## case class-patterns
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"y-axis {y}"
        case Point(x, 0):
            return f"x-axis {x}"
        case Point():
            return "elsewhere"
        case _:
            return "not a point"
print(where(Point(0, 0)), where(Point(0, 5)), where(Point(3, 0)), where(Point(1, 1)), where(7))
## case builtin-class-patterns
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n):
            return f"int {n}"
        case str(s) if s:
            return f"str {s}"
        case list([x, *_]):
            return f"list starting {x}"
    return "?"
print(kind(True), kind(3), kind("a"), kind(""), kind([9, 8]))
## case or-and-as-patterns
def cmd(c):
    match c.split():
        case ["go", ("north" | "south") as d]:
            return "go " + d
        case ["quit" | "exit"]:
            return "bye"
        case [("look" | "l") as verb, *objs]:
            return f"{verb} at {objs}"
    return "unknown"
print([cmd(c) for c in ["go north", "go west", "quit", "exit", "l box key", "dance"]])
## case guards
def classify(n):
    match n:
        case int(x) if x < 0:
            return "neg"
        case 0:
            return "zero"
        case int(x) if x % 2 == 0:
            return "even"
        case _:
            return "odd"
print([classify(v) for v in [-3, 0, 4, 7]])
## case dataclass-like-match
class Circle:
    __match_args__ = ("r",)
    def __init__(self, r):
        self.r = r
class Rect:
    __match_args__ = ("w", "h")
    def __init__(self, w, h):
        self.w, self.h = w, h
def area(s):
    match s:
        case Circle(r):
            return round(3.14159 * r * r, 2)
        case Rect(w, h):
            return w * h
print(area(Circle(2)), area(Rect(3, 4)))
## case value-patterns-dotted
class Color:
    RED = 1
    GREEN = 2
def name(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
    return "?"
print(name(1), name(2), name(3))
## case match-soft-keyword
match = [1, 2]
case = 3
print(match, case)
## case nested-patterns
def parse(tok):
    match tok:
        case ("num", int(v)) | ("num", float(v)):
            return v
        case ("op", "+" | "-" as op):
            return op
        case ("list", [*items]):
            return len(items)
    return None
print(parse(("num", 3)), parse(("num", 2.5)), parse(("op", "-")), parse(("list", [1, 2])), parse(("op", "*")))
## case no-match-falls-through
for v in [1, 2]:
    match v:
        case 3:
            print("three")
print("done")
## case match-tuple-star-middle
match [1, 2, 3, 4, 5]:
    case [a, *mid, z]:
        print(a, mid, z)
