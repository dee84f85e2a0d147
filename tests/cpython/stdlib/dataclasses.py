# dataclasses: dataclass (order, frozen, defaults, field), asdict, astuple, replace, fields (issue 14).
## case basic
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1)
print(p, p == Point(1, 0), Point(2, 3).y, repr(Point(x=5, y=6)))
## case order
from dataclasses import dataclass
@dataclass(order=True)
class Version:
    major: int
    minor: int
vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
print(sorted(vs), Version(1, 0) < Version(1, 1), max(vs))
## case frozen
from dataclasses import dataclass, FrozenInstanceError
@dataclass(frozen=True)
class C:
    a: int
c = C(1)
try:
    c.a = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(c) == hash(C(1)), {c: "ok"}[C(1)])
## case field-default-factory
from dataclasses import dataclass, field
@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    count: int = field(default=0, compare=False)
a = Cart("ada"); b = Cart("bob")
a.items.append("pen")
print(a, b, a.items is not b.items, Cart("x", count=5) == Cart("x"))
## case mutable-default-error
from dataclasses import dataclass
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(type(e).__name__, e)
## case asdict-astuple
from dataclasses import dataclass, asdict, astuple, field
@dataclass
class Item:
    name: str
    qty: int
@dataclass
class Order:
    id: int
    items: list = field(default_factory=list)
o = Order(1, [Item("pen", 2), Item("ink", 1)])
print(asdict(o), astuple(o))
## case replace-fields
from dataclasses import dataclass, replace, fields
@dataclass
class User:
    name: str
    age: int = 0
    admin: bool = False
u = User("ada", 36)
print(replace(u, age=37), [f.name for f in fields(u)], [f.type.__name__ for f in fields(User)], fields(User)[1].default)
## case post-init-and-methods
from dataclasses import dataclass, field
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h
    def scale(self, k):
        return Rect(self.w * k, self.h * k)
print(Rect(2, 3), Rect(2, 3).scale(2).area)
## case inheritance
from dataclasses import dataclass
@dataclass
class Base:
    id: int
    name: str = "?"
@dataclass
class Child(Base):
    extra: bool = True
print(Child(1), Child(2, "b", False))
## case eq-false-and-repr-false
from dataclasses import dataclass
@dataclass(eq=False, repr=False)
class Node:
    v: int
n = Node(1)
print(n == Node(1), n == n, repr(n).startswith("<__main__.Node object"))
## case is-dataclass-and-kw-only
from dataclasses import dataclass, is_dataclass, KW_ONLY
@dataclass
class Opts:
    path: str
    _: KW_ONLY
    verbose: bool = False
print(is_dataclass(Opts), is_dataclass(Opts("x")), Opts("p", verbose=True))
## case slots
from dataclasses import dataclass
@dataclass(slots=True)
class S:
    a: int
print(S(1), hasattr(S(1), "__dict__"))
## case missing-argument-errors
from dataclasses import dataclass
@dataclass
class P:
    x: int
    y: int
    z: int = 0
for args, kw in (((1,), {}), ((), {}), ((1, 2, 3, 4), {}), ((1, 2), {"w": 1}), ((1,), {"x": 2})):
    try:
        P(*args, **kw)
    except TypeError as e:
        print(e)
## case field-order-and-defaults-error
from dataclasses import dataclass
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
## case unsafe-hash-and-eq-hash-none
from dataclasses import dataclass
@dataclass
class Mutable:
    a: int
@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: list = None
print(Mutable.__hash__, hash(Hashed(1)) == hash(Hashed(1)), Hashed(1) == Hashed(1))
## case frozen-delete-and-replace
from dataclasses import dataclass, replace, FrozenInstanceError
@dataclass(frozen=True)
class Pt:
    x: int
    y: int = 0
p = Pt(1, 2)
try:
    del p.x
except FrozenInstanceError as e:
    print(e)
q = replace(p, y=5)
print(q, p, q == Pt(1, 5))
## case classvar-and-initvar
from dataclasses import dataclass, field, fields, InitVar
from typing import ClassVar
@dataclass
class Account:
    owner: str
    rate: ClassVar[float] = 0.5
    secret: InitVar[str] = "pw"
    digest: str = field(init=False, default="")
    def __post_init__(self, secret):
        self.digest = "".join(reversed(secret))
a = Account("ada", "abc")
print(a, [f.name for f in fields(a)], Account.rate, a.digest)
## case field-repr-compare-hash
from dataclasses import dataclass, field
@dataclass(frozen=True)
class Key:
    name: str
    note: str = field(default="", compare=False, repr=False)
print(Key("a", "x") == Key("a", "y"), Key("a", "x"), hash(Key("a", "x")) == hash(Key("a", "z")))
## case kw-only-argument
from dataclasses import dataclass, field
@dataclass(kw_only=True)
class Opts:
    a: int
    b: int = 2
@dataclass
class Mixed:
    x: int
    y: int = field(kw_only=True, default=0)
print(Opts(a=1), Mixed(1, y=3))
try:
    Opts(1)
except TypeError as e:
    print(type(e).__name__)
## case nested-asdict-and-custom-factory
from dataclasses import dataclass, asdict, astuple, field
@dataclass
class Inner:
    v: int
@dataclass
class Outer:
    inner: Inner
    items: dict = field(default_factory=dict)
    seq: tuple = ()
o = Outer(Inner(1), {"k": Inner(2)}, (Inner(3),))
print(asdict(o))
print(astuple(o))
print(asdict(Inner(5), dict_factory=lambda kv: sorted(kv)))
## case dataclass-methods-kept
from dataclasses import dataclass
@dataclass
class Custom:
    a: int
    def __repr__(self):
        return f"<Custom {self.a}>"
    def __eq__(self, o):
        return True
print(Custom(1), Custom(1) == Custom(2))
## case make-dataclass
from dataclasses import make_dataclass, field
Pt = make_dataclass("Pt", [("x", int), ("y", int, field(default=0))])
print(Pt(1), Pt(1, 2) == Pt(1, 2), Pt.__name__)
## case fields-errors
from dataclasses import fields, asdict
try:
    fields(object())
except TypeError as e:
    print(e)
try:
    asdict(1)
except TypeError as e:
    print(e)
## case match-args-and-order-compare
from dataclasses import dataclass
@dataclass(order=True)
class V:
    a: int
    b: str = ""
print(V.__match_args__, V(1, "b") < V(1, "c"), V(2) >= V(1, "z"), sorted([V(2), V(1, "x"), V(1)]))
try:
    V(1) < 3
except TypeError as e:
    print(type(e).__name__)
