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
