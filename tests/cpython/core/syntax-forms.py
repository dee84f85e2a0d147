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
