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
## case literal-kinds
def lit(x):
    match x:
        case -1:
            return "minus one"
        case 1.5:
            return "float"
        case 2j:
            return "imag"
        case 1 + 2j:
            return "complex"
        case -3 - 4j:
            return "neg complex"
        case b"raw":
            return "bytes"
        case "a" "b":
            return "concatenated"
        case False:
            return "false"
        case 0:
            return "zero"
    return "none of them"
print([lit(v) for v in [-1, 1.5, 2j, 1 + 2j, -3 - 4j, b"raw", "ab", False, 0, 0.0, 1, True]])
## case singletons-by-identity
def single(x):
    match x:
        case True:
            return "True"
        case None:
            return "None"
        case 1:
            return "one"
    return "?"
print(single(1), single(True), single(1.0), single(None), single(0))
## case capture-binds-and-wildcard-does-not
match 42:
    case n:
        print(n)
_ = "kept"
match 7:
    case _:
        print(_)
## case subject-tuple-without-parens
x, y = 1, 2
match x, y:
    case 1, 2:
        print("tuple subject")
match x, *[3, 4]:
    case (1, 3, 4):
        print("starred subject")
## case open-sequence-pattern
match [1, 2, 3]:
    case a, *b:
        print(a, b)
match (5,):
    case c,:
        print(c)
## case sequence-length-mismatch
def seq(v):
    match v:
        case [a, b, c]:
            return "three"
        case [a, *_, b] if a == b:
            return "same ends"
        case [*_]:
            return "other sequence"
    return "not a sequence"
print([seq(v) for v in [(1, 2, 3), [1, 2, 1, 0, 1], [1], [], "abc", b"ab", bytearray(b"x"), {1, 2}, {1: 2}, range(3), 5]])
## case star-binds-a-list
match (1, 2, 3, 4):
    case [first, *middle, last]:
        print(first, middle, last, type(middle).__name__)
match (1,):
    case (x, *rest):
        print(x, rest)
match [1, 2]:
    case [*init, 2]:
        print(init)
## case nested-sequences
match [(1, 2), [3, [4, 5]]]:
    case [(a, b), [c, [d, e]]]:
        print(a + b + c + d + e)
match [[1], [2, 3]]:
    case [[x], [y]]:
        print("no")
    case [[x], [y, z]]:
        print("yes", x, y, z)
## case mapping-extra-keys-and-rest
match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **rest}:
        print(sorted(rest.items()), type(rest).__name__)
match {"x": 1}:
    case {}:
        print("any mapping matches {}")
match [1]:
    case {}:
        print("no")
    case _:
        print("a list is no mapping")
## case mapping-missing-key-and-value-keys
class K:
    A = "a"
def m(d):
    match d:
        case {K.A: int(v), 1: w}:
            return f"a={v} 1={w}"
        case {"a": v}:
            return f"only a {v}"
        case {None: n}:
            return f"None key {n}"
    return "no"
print(m({"a": 1, 1: "one"}), m({"a": "s", 1: 2}), m({"b": 1}), m({None: 3}))
## case mapping-uses-get-not-missing
from collections import defaultdict
d = defaultdict(int)
match d:
    case {"k": v}:
        print("found", v)
    case _:
        print("defaultdict does not invent keys", len(d))
## case class-pattern-keywords-and-positional
class P:
    __match_args__ = ("a", "b")
    def __init__(self, a, b, c=0):
        self.a, self.b, self.c = a, b, c
def cp(p):
    match p:
        case P(1, b=2):
            return "1,2"
        case P(1, c=9):
            return "c is 9"
        case P(x, y, c=z):
            return f"{x} {y} {z}"
print(cp(P(1, 2)), cp(P(1, 5, 9)), cp(P(7, 8, 3)))
## case class-pattern-missing-attribute
class Q:
    pass
q = Q()
q.x = 1
match q:
    case Q(y=_):
        print("has y")
    case Q(x=1):
        print("has x")
## case class-pattern-subclass-and-isinstance
class Base:
    pass
class Child(Base):
    pass
match Child():
    case Base():
        print("isinstance semantics")
match 3:
    case str():
        print("no")
    case int():
        print("int")
## case class-pattern-builtins-match-self
def b(v):
    match v:
        case float(f):
            return ("float", f)
        case str(s):
            return ("str", s)
        case bytes(x):
            return ("bytes", x)
        case tuple(t):
            return ("tuple", t)
        case dict(d):
            return ("dict", d)
        case list((a, b)):
            return ("pair list", a, b)
        case list(l):
            return ("list", l)
    return None
print(b(1.5), b("s"), b(b"b"), b((1,)), b({1: 2}), b([1, 2]), b([1]), b(3))
## case class-pattern-errors
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__)
class Bad:
    __match_args__ = ["x"]
try:
    match Bad():
        case Bad(1):
            pass
except TypeError as e:
    print(type(e).__name__)
try:
    match 1:
        case int(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__)
not_a_class = len
try:
    match 1:
        case not_a_class():
            pass
except TypeError as e:
    print(type(e).__name__)
## case or-pattern-alternatives
def o(v):
    match v:
        case 0 | 1 | 2:
            return "small"
        case [1, _] | [_, 1]:
            return "has a one"
        case {"k": 1} | {"j": 1}:
            return "one-valued"
        case str() | bytes():
            return "text"
    return "?"
print([o(v) for v in [0, 2, 3, [1, 5], [5, 1], [5, 5], {"j": 1}, "x", b"y"]])
## case or-pattern-binding-same-name
def ob(v):
    match v:
        case (x, 1) | (1, x):
            return x
        case [x] | x:
            return ("single", x)
print(ob((5, 1)), ob((1, 6)), ob([7]), ob(8))
## case as-patterns
match [1, [2, 3]]:
    case [int() as a, [_, _] as inner] as whole:
        print(a, inner, whole)
match 5:
    case (1 | 5) as n:
        print("n", n)
## case guard-sees-bindings-and-falls-through
def gd(v):
    match v:
        case (a, b) if a > b:
            return "desc"
        case (a, b) if a < b:
            return "asc"
        case (a, b):
            return "equal"
print(gd((2, 1)), gd((1, 2)), gd((3, 3)))
## case guard-side-effects-order
log = []
def check(tag, result):
    log.append(tag)
    return result
match 3:
    case 1 if check("g1", True):
        pass
    case int() if check("g2", False):
        pass
    case x if check("g3", True):
        log.append(("body", x))
print(log)
## case value-pattern-evaluated-each-time
class Cfg:
    LIMIT = 3
def lim(v):
    match v:
        case Cfg.LIMIT:
            return "at limit"
    return "not"
print(lim(3))
Cfg.LIMIT = 4
print(lim(3), lim(4))
## case match-in-loop-with-break-continue
out = []
for v in [1, "skip", 2, "stop", 3]:
    match v:
        case "skip":
            continue
        case "stop":
            break
        case int(n):
            out.append(n)
print(out)
## case match-return-inside-function
def first_even(items):
    for it in items:
        match it:
            case int(n) if n % 2 == 0:
                return n
    return None
print(first_even([1, 3, 4, 6]), first_even([1]))
## case match-soft-keyword-names
match = {"case": 1}
print(match["case"])
case = [1, 2]
case[0] = 5
print(case)
def match(x):
    return x * 2
print(match(4))
match(3)
class C:
    match = 1
    case = 2
print(C.match, C.case)
## case match-soft-keyword-subject-forms
match = 5
match (match):
    case 5:
        print("paren subject named match")
match [match]:
    case [5]:
        print("list subject")
match -match:
    case -5:
        print("negated")
match match:  # a comment: with a colon
    case 5:
        print("subject is the name match")
## case case-as-capture-name
match 3:
    case case:
        print("captured", case)
## case match-nested-statements
def nest(a, b):
    match a:
        case 1:
            match b:
                case 1:
                    return "1,1"
                case _:
                    return "1,?"
        case _:
            return "?"
print(nest(1, 1), nest(1, 2), nest(2, 2))
## case match-multiline-subject-and-patterns
match (
    1,
    2,
):
    case (
        1,
        x,
    ):
        print("multiline", x)
## case match-string-containing-colon
match "a:b":
    case "a:b":
        print("colon in string")
match ":":  # ':' at the end
    case ":":
        print("colon")
## case walrus-subject
match (n := 10):
    case 10:
        print("walrus", n)
## case irrefutable-pattern-not-last
try:
    exec("match 1:\n    case x:\n        pass\n    case 2:\n        pass\n")
except SyntaxError as e:
    print(type(e).__name__)
try:
    exec("match 1:\n    case _:\n        pass\n    case 2:\n        pass\n")
except SyntaxError as e:
    print(type(e).__name__)
exec("match 1:\n    case x if x:\n        print('guarded capture is fine', x)\n    case 2:\n        pass\n")
## case multiple-stars-is-syntax-error
try:
    exec("match [1]:\n    case [*a, *b]:\n        pass\n")
except SyntaxError as e:
    print(type(e).__name__)
## case no-case-matches-no-bindings-needed
match {"a": 1}:
    case {"b": _}:
        print("no")
    case [*_]:
        print("no")
print("nothing matched")
## case range-and-tuple-subclass-sequences
from collections import namedtuple
Pt = namedtuple("Pt", "x y")
match Pt(1, 2):
    case (a, b):
        print("namedtuple", a, b)
match range(2, 5):
    case [a, *rest]:
        print("range", a, rest)
