# Syntax forms of CPython 3.11's grammar: unpacking in displays, positional-only and keyword-only parameters, walrus, decorators, etc. (issue 13 §13).
## case unpack-list-display
a = [1, 2]
print([*a, 9], [*a, *"xy"], (*a,), [*range(3), *a])
## case unpack-dict-display
d = {"x": 1}
print({**d, "k": 2}, {**d, **{"x": 5}}, dict(**d, y=3))
## case unpack-set-display
a, b = [1, 2], (2, 3)
print(sorted({*a, *b}))
## case unpack-in-call
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], 3, *(4,), k=1, **{"z": 2}))
## case positional-only
def g(a, b, /, c, *, d=4):
    return a + b + c + d
print(g(1, 2, 3), g(1, 2, c=3, d=0))
try:
    g(a=1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__)
## case keyword-only
def h(*, key, default=None):
    return key, default
print(h(key=1))
try:
    h(1)
except TypeError as e:
    print(type(e).__name__)
## case walrus
data = [1, 5, 3, 8]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 5])
## case starred-assignment
first, *middle, last = range(6)
print(first, middle, last)
(a, b), c = [1, 2], 3
print(a, b, c)
## case chained-comparisons
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 != 6)
## case conditional-and-lambda-defaults
fs = [lambda i=i: i * i for i in range(4)]
print([f() for f in fs], "a" if not fs else "b")
## case global-nonlocal
counter = 0
def outer():
    n = 0
    def inc():
        nonlocal n
        global counter
        n += 1
        counter += 10
    inc(); inc()
    return n
print(outer(), counter)
## case decorators-with-args
def tag(name):
    def deco(fn):
        def wrapper(*a):
            return f"<{name}>{fn(*a)}</{name}>"
        return wrapper
    return deco
@tag("b")
@tag("i")
def hello(who):
    return "hi " + who
print(hello("ada"))
## case class-decorator-and-properties
def register(cls):
    cls.registered = True
    return cls
@register
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v):
        self._c = (v - 32) * 5 / 9
t = Temp(100)
t.f = 212
print(Temp.registered, t.f, t._c)
## case async-generator-and-comprehension
import asyncio
async def agen():
    for i in range(3):
        yield i
async def main():
    return [x async for x in agen()]
print(asyncio.run(main()))
## case try-except-star
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as g:
    print("values", [str(e) for e in g.exceptions])
except* TypeError as g:
    print("types", [str(e) for e in g.exceptions])
## case exception-group-split
eg = ExceptionGroup("eg", [ValueError("a"), KeyError("b")])
match_, rest = eg.split(ValueError)
print(repr(match_), repr(rest))
## case type-hints-everywhere
from typing import Optional
def parse(s: str, base: int = 10) -> Optional[int]:
    v: int = int(s, base)
    return v
x: list[int] = [1]
print(parse("ff", 16), parse.__annotations__, x)
## case generic-builtins-subscript
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__)
## case union-type-operator
print(int | None, isinstance(None, int | None))
## case dict-set-comprehensions-nested
print({k: [v for v in range(k)] for k in range(3)}, sorted({c.upper() for c in "abca"}))
## case star-expr-in-return-and-for
def f():
    rest = [2, 3]
    return 1, *rest
for a, *b in [(1, 2, 3), (4, 5)]:
    print(a, b)
print(f())
## case parenthesized-context-managers
from contextlib import nullcontext
with (nullcontext(1) as a, nullcontext(2) as b):
    print(a, b)
## case numeric-literals
print(1_000_000, 0x_FF, 0b_1010, 0o_17, 1_0.5e1_0, 1j * 1j)
## case string-literal-forms
print("a" "b" 'c', r"\n", b"\x41" + rb"\x", "\N{BULLET}", "\u00e9\U0001F600")
## case slice-with-tuple-index
class G:
    def __getitem__(self, k):
        return k
print(G()[1:2, ::3], G()[...], G()[1, 2])
## case semicolons-and-else-clauses
for i in range(3):
    pass
else:
    print("for-else", i)
n = 0
while n < 2:
    n += 1
else:
    print("while-else", n)
## case del-statement-forms
a = [1, 2, 3, 4]; d = {"a": 1, "b": 2}
del a[0], d["a"]
print(a, d)
## case yield-from-and-send
def inner():
    x = yield 1
    yield x * 2
def outer():
    r = yield from inner()
    return r
g = outer()
print(next(g), g.send(21))
## case assert-message
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print(type(e).__name__, e)
## case class-keyword-args-and-init-subclass
class Base:
    subclasses = []
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        Base.subclasses.append((cls.__name__, tag))
class A(Base, tag="a"):
    pass
class B(Base):
    pass
print(Base.subclasses)
## case set-name-descriptor
class Field:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        return f"field {self.name}"
class M:
    size = Field()
print(M().size)
## case unpack-display-edge-cases
a, b = [1, 2], (3,)
print([*a], [*a, *b, *"xy"], (*a,), (*a, *b), (0, *a, 4), [*[], *()])
t = *a, *b
print(t, type(t).__name__)
print([*range(2), *{5: 0}], [*(x * 2 for x in a)])
## case unpack-display-order-of-evaluation
log = []
def v(x):
    log.append(x)
    return [x]
r = [*v(1), v(2)[0], *v(3)]
print(r, log)
## case unpack-dict-display-forms
d1, d2 = {"a": 1}, {"b": 2}
print(sorted({**d1, **d2}.items()), {**d1}, {**{}})
print(sorted({"z": 0, **d1, "a": 9}.items()))
## case unpack-set-display-forms
print(sorted({*[1, 2], 3, *(4,)}), sorted({*"aba"}), {*()} == set())
## case unpack-errors
try:
    [*5]
except TypeError as e:
    print(type(e).__name__)
try:
    {**[1]}
except (TypeError, ValueError) as e:
    print("not a mapping")
## case unpack-in-calls-multiple
def f(*a, **k):
    return a, sorted(k.items())
k1, k2 = {"x": 1}, {"y": 2}
print(f(*[1], *(2, 3), 4, **k1, **k2, z=3))
print(*[1, 2], *"ab", sep="-")
## case subscript-star-tuple
class G:
    def __getitem__(self, k):
        return k
a = [1, 2]
print(G()[*a], G()[0, *a])
## case return-and-yield-star
def r():
    a = [1, 2]
    return *a, 3
def g():
    a = "xy"
    yield *a, "z"
    yield 0, *a
print(r(), list(g()))
## case positional-only-forms
def f(a, b=2, /, c=3, *d, e, f=5, **g):
    return (a, b, c, d, e, f, g)
print(f(1, e=4), f(1, 2, 3, 4, e=5, a=6))
def k(x, /, **kw):
    return x, kw
print(k(1, x=2))
lam = lambda a, /, b=1, *, c=2: (a, b, c)
print(lam(0), lam(0, b=5, c=6))
try:
    lam(a=0)
except TypeError as e:
    print(type(e).__name__)
## case positional-only-syntax-errors
for src in ["def f(/, a): pass", "def f(a, /, b, /): pass", "def f(*a, /): pass", "lambda /: 0"]:
    try:
        exec(src)
        print("accepted", src)
    except SyntaxError as e:
        print(type(e).__name__)
## case parenthesized-with-forms
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, *exc):
        print("exit", self.name)
        return False
with (CM("a") as x, CM("b") as y,):
    print(x, y)
with (CM("c"), CM("d")):
    print("body")
with (CM("e") as z):
    print(z)
with (CM("f")) as w, CM("g"):
    print(w)
## case with-as-outside-with-is-syntax-error
try:
    exec("x = (1 as y)")
except SyntaxError as e:
    print(type(e).__name__)
## case del-forms
a, b, c, d = 1, 2, 3, [0, 1, 2]
del (a), [b], (c, d[0])
print(d, "a" in dir(), "b" in dir(), "c" in dir())
## case string-prefix-combinations
print(rb"\x", Rb"\x", bR"\x", BR"\x", rB"\x", B"b", R"\n", U"u")
n = 2
print(F"{n}", fR"{n}\n", FR"{n}", rF"{n}")
## case numeric-literal-forms
print(0_0, 00, 1_0, 0b1_0, 0o1_7, 0xA_b, 1_0.0_1, 1e1_0, .5, 5., 1_2j, 0j, 1E3)
## case walrus-in-comprehensions
data = [1, 2, 3, 4]
print([y for x in data if (y := x * x) > 4], y)
print(any((hit := v) > 2 for v in data), hit)
def scope():
    [z := i for i in range(3)]
    return z
print(scope())
## case decorators-arbitrary-expressions
buttons = {"hi": lambda f: (lambda: "decorated " + f())}
@buttons["hi"]
def greet():
    return "hi"
@(lambda f: f)
def same():
    return 1
decos = [staticmethod, lambda f: f]
class A:
    @decos[0]
    def s():
        return "static"
print(greet(), same(), A.s())
## case global-nonlocal-edge-cases
x = 0
def outer():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x += 1
            return x
        return inner()
    return mid(), x
print(outer(), x)
def setg():
    global newname
    newname = "set"
setg()
print(newname)
global gx
gx = 5
print(gx)
## case annotations-module-and-function
count: int
total: int = 5
def f(a: int, *args: str, b: "fwd" = 1, **kw: float) -> None:
    local: list
    other: dict = {}
    return other
print(total, f(1))
## case star-targets-forms
a, *b, c = range(5)
*d, = [1, 2]
[e, *f] = "xyz"
for x, in [(1,), (2,)]:
    print(x, end=" ")
for i, (j, *k) in enumerate([(1, 2, 3)]):
    print(i, j, k)
print(a, b, c, d, e, f)
## case conditional-import-and-ellipsis
try:
    import no_such_module_here
except ImportError:
    no_such_module_here = None
if no_such_module_here is None:
    from math import sqrt as root
print(root(16), ..., Ellipsis is ..., __debug__)
## case assert-forms
assert True, "never"
try:
    assert [], f"empty {len([])}"
except AssertionError as e:
    print(e.args)
## case line-continuation-and-semicolons
x = 1 + \
    2; y = (3 +
            4)
print(x, y); print([1,
    2,
])
## case lambda-forms
f = lambda *a, k=1, **kw: (a, k, kw)
print(f(1, 2, k=3, z=4), (lambda: 5)(), (lambda x, y=2: x * y)(3))
## case async-forms
import asyncio
class ACM:
    async def __aenter__(self):
        return "entered"
    async def __aexit__(self, *exc):
        return False
async def agen():
    yield 1
    yield 2
async def main():
    async with ACM() as v:
        out = [v]
    async for i in agen():
        out.append(i)
    out.append(await asyncio.sleep(0, "slept"))
    return out
print(asyncio.run(main()))
## case except-star-clauses
try:
    ExceptionGroup
except NameError:
    # a minimal ExceptionGroup until the guest has the type (flat groups only)
    class ExceptionGroup(Exception):
        def __init__(self, message, exceptions):
            super().__init__(message, exceptions)
            self.message, self.exceptions = message, tuple(exceptions)
        def split(self, t):
            m = [e for e in self.exceptions if isinstance(e, t)]
            r = [e for e in self.exceptions if not isinstance(e, t)]
            return (ExceptionGroup(self.message, m) if m else None, ExceptionGroup(self.message, r) if r else None)
def show(g):
    return type(g).__name__, g.message, [f"{type(e).__name__}({e})" for e in g.exceptions]
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as g:
    print("values", show(g))
except* TypeError as g:
    print("types", show(g))
## case except-star-naked-exception
try:
    ExceptionGroup
except NameError:
    # a minimal ExceptionGroup until the guest has the type (flat groups only)
    class ExceptionGroup(Exception):
        def __init__(self, message, exceptions):
            super().__init__(message, exceptions)
            self.message, self.exceptions = message, tuple(exceptions)
        def split(self, t):
            m = [e for e in self.exceptions if isinstance(e, t)]
            r = [e for e in self.exceptions if not isinstance(e, t)]
            return (ExceptionGroup(self.message, m) if m else None, ExceptionGroup(self.message, r) if r else None)
def show(g):
    return type(g).__name__, g.message, [f"{type(e).__name__}({e})" for e in g.exceptions]
try:
    raise ValueError(5)
except* ValueError as g:
    print("naked", show(g))
try:
    try:
        raise TypeError("plain")
    except* ValueError:
        print("no")
except TypeError as e:
    print("unmatched naked re-raised as itself", type(e).__name__, e)
## case except-star-rest-reraised
try:
    ExceptionGroup
except NameError:
    # a minimal ExceptionGroup until the guest has the type (flat groups only)
    class ExceptionGroup(Exception):
        def __init__(self, message, exceptions):
            super().__init__(message, exceptions)
            self.message, self.exceptions = message, tuple(exceptions)
        def split(self, t):
            m = [e for e in self.exceptions if isinstance(e, t)]
            r = [e for e in self.exceptions if not isinstance(e, t)]
            return (ExceptionGroup(self.message, m) if m else None, ExceptionGroup(self.message, r) if r else None)
def show(g):
    return type(g).__name__, g.message, [f"{type(e).__name__}({e})" for e in g.exceptions]
try:
    try:
        raise ExceptionGroup("eg", [KeyError("k"), OSError(4)])
    except* KeyError:
        print("handled keys")
except ExceptionGroup as rest:
    print("rest", show(rest))
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* (ValueError, TypeError) as g:
    print("tuple of types", show(g))
## case except-star-else-finally
try:
    ExceptionGroup
except NameError:
    # a minimal ExceptionGroup until the guest has the type (flat groups only)
    class ExceptionGroup(Exception):
        def __init__(self, message, exceptions):
            super().__init__(message, exceptions)
            self.message, self.exceptions = message, tuple(exceptions)
        def split(self, t):
            m = [e for e in self.exceptions if isinstance(e, t)]
            r = [e for e in self.exceptions if not isinstance(e, t)]
            return (ExceptionGroup(self.message, m) if m else None, ExceptionGroup(self.message, r) if r else None)
def show(g):
    return type(g).__name__, g.message, [f"{type(e).__name__}({e})" for e in g.exceptions]
def f():
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* ValueError:
        print("handled")
    else:
        print("else not run")
    finally:
        print("finally runs")
    try:
        pass
    except* ValueError:
        pass
    else:
        print("else runs")
    return "after"
print(f())
## case except-star-syntax-errors
try:
    ExceptionGroup
except NameError:
    # a minimal ExceptionGroup until the guest has the type (flat groups only)
    class ExceptionGroup(Exception):
        def __init__(self, message, exceptions):
            super().__init__(message, exceptions)
            self.message, self.exceptions = message, tuple(exceptions)
        def split(self, t):
            m = [e for e in self.exceptions if isinstance(e, t)]
            r = [e for e in self.exceptions if not isinstance(e, t)]
            return (ExceptionGroup(self.message, m) if m else None, ExceptionGroup(self.message, r) if r else None)
def show(g):
    return type(g).__name__, g.message, [f"{type(e).__name__}({e})" for e in g.exceptions]
for src in ["try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
            "try:\n    pass\nexcept* TypeError:\n    pass\nexcept ValueError:\n    pass\n"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__)
## case await-in-comprehensions
class V:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield
        return self.v
    __iter__ = __await__  # MicroPython awaits through __iter__
async def h():
    a = [await V(i) for i in range(3)]
    b = {i: await V(i * 2) for i in range(2)}
    c = {await V(1) for _ in "ab"}
    d = [[await V(j) for j in range(i)] for i in range(3)]
    return a, b, c, d
def run(co):
    try:
        while True:
            co.send(None)
    except StopIteration as e:
        return e.value
print(run(h()))
for src in ["def f():\n    return [await x for x in y]\n", "[await x for x in y]\n"]:
    try:
        exec(src)
        print("accepted")
    except SyntaxError as e:
        print(type(e).__name__)
## case await-in-comprehension-asyncio
import asyncio
async def main():
    return [await asyncio.sleep(0, i) for i in range(3)], {k: await asyncio.sleep(0, k) for k in "ab"}
print(asyncio.run(main()))
## case del-unbound-name
x = 1
del x
try:
    del x
except NameError as e:
    print(type(e).__name__)
def f():
    global never_bound
    del never_bound
try:
    f()
except NameError as e:
    print(type(e).__name__)
def g():
    y = 1
    del y
    try:
        del y
    except NameError:
        print("a NameError (UnboundLocalError in CPython)")
g()
