# Class machinery that CPython code relies on: metaclasses, __init_subclass__, __set_name__, __class_getitem__, __mro__, annotations, function attributes, protocol fallbacks (issue 13 item 4).
## case metaclass-new-and-call
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *args, **kw):
        obj = super().__call__(*args, **kw)
        obj.via_meta = True
        return obj
class A(metaclass=Meta):
    def __init__(self, x=0):
        self.x = x
class B(A):
    pass
b = B(3)
print(A.created_by, B.created_by, b.x, b.via_meta, type(B).__name__, isinstance(B, Meta), isinstance(B, type))
## case metaclass-protocols-on-class
class Registry(type):
    def __iter__(cls):
        return iter(sorted(cls.items))
    def __len__(cls):
        return len(cls.items)
    def __getitem__(cls, key):
        return cls.items[key]
    def __contains__(cls, key):
        return key in cls.items
    def __repr__(cls):
        return "<registry " + cls.__name__ + ">"
class Colors(metaclass=Registry):
    items = {"red": 1, "blue": 2}
print(list(Colors), len(Colors), Colors["blue"], "red" in Colors, "pink" in Colors, Colors, repr(Colors))
## case metaclass-property-and-method
class M(type):
    @property
    def label(cls):
        return cls.__name__.upper()
    def describe(cls):
        return "class " + cls.__name__
class Thing(metaclass=M):
    pass
print(Thing.label, Thing.describe(), hasattr(Thing(), "describe"))
## case metaclass-init
class Tagged(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.tag = name.lower()
class Q(metaclass=Tagged):
    pass
class R(Q):
    pass
print(Q.tag, R.tag, type(R) is Tagged)
## case metaclass-from-second-base
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
class Mixin:
    pass
class C(Mixin, WithMeta):
    pass
print(type(C).__name__)
## case type-three-args
Point = type("Point", (object,), {"x": 1, "norm": lambda self: self.x * 2})
p = Point()
print(Point.__name__, p.x, p.norm(), type(Point) is type, Point.__bases__)
## case type-new-direct
class M(type):
    pass
K = type.__new__(M, "K", (), {"v": 5})
print(type(K).__name__, K.v, K.__name__)
## case init-subclass-registry
class Plugin:
    registry = []
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry.append(cls.__name__)
class Csv(Plugin):
    pass
class Json(Plugin):
    pass
print(Plugin.registry)
## case init-subclass-keywords
class Base:
    def __init_subclass__(cls, prefix="", flag=False):
        cls.prefix = prefix
        cls.flag = flag
class A(Base, prefix="a_", flag=True):
    pass
class B(Base):
    pass
print(A.prefix, A.flag, B.prefix, B.flag)
## case init-subclass-no-keywords-error
try:
    class A(unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__)
## case set-name
class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
    def __get__(self, obj, objtype=None):
        return self if obj is None else obj.__dict__.get(self.name, "unset")
class Model:
    title = Field()
    body = Field()
print(Model.title.name, Model.body.name, Model.title.owner, Model().title)
## case class-getitem
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
print(Box[int], Box[str])
## case mro
class A:
    pass
class B(A):
    pass
class C(A):
    pass
class D(B, C):
    pass
print([k.__name__ for k in D.__mro__], [k.__name__ for k in D.mro()], [k.__name__ for k in bool.__mro__])
## case diamond-method-resolution
class A:
    def who(self):
        return "A"
class B(A):
    pass
class C(A):
    def who(self):
        return "C"
class D(B, C):
    pass
print(D().who())
## case qualname
class Outer:
    class Inner:
        def method(self):
            pass
def f():
    pass
print(Outer.__qualname__, Outer.Inner.__qualname__, f.__qualname__, Outer.Inner.method.__qualname__)
## case class-dict
class C:
    a = 1
    def m(self):
        return 2
d = C.__dict__
print(d["a"], "m" in d, sorted(k for k in d if not k.startswith("__")))
## case instance-dict-and-vars
class P:
    def __init__(self):
        self.x = 1
        self.y = 2
p = P()
print(sorted(p.__dict__.items()), sorted(vars(p)))
## case class-annotations
class Config:
    host: str
    port: int = 8080
    debug: bool = False
print(Config.__annotations__, Config.port, hasattr(Config, "host"))
## case annotations-evaluated-in-order
log = []
def ann(x):
    log.append(x)
    return x
class T:
    a: ann("first") = ann("value")
    b: ann("second")
print(log, T.__annotations__, T.a)
## case module-annotations
count: int = 3
name: str
print(__annotations__, count)
## case annotations-not-for-attributes
class C:
    pass
c = C()
c.x: int = 5
print(c.x, "__annotations__" in C.__dict__)
## case function-attributes
def f():
    f.calls += 1
    return f.calls
f.calls = 0
f()
f()
print(f.calls, f.__dict__, f.__name__)
## case closure-attributes
def make():
    n = 0
    def inner():
        return n
    return inner
g = make()
g.label = "inner fn"
print(g.label, g.__name__, getattr(make(), "label", "none"))
## case functools-wraps
import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper
@logged
def add(a, b):
    return a + b
print(add.__name__, add.__wrapped__.__name__, add(2, 3))
## case property-setter-deleter
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @c.deleter
    def c(self):
        self._c = None
t = Temp()
t.c = 25
print(t.c)
try:
    t.c = -300
except ValueError as e:
    print(e)
del t.c
print(t.c)
## case eq-implies-ne
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, V) and self.v == o.v
print(V(1) == V(1), V(1) != V(1), V(1) != V(2))
## case eq-sets-hash-none
class V:
    def __eq__(self, o):
        return True
class W(V):
    def __hash__(self):
        return 7
print(V.__hash__, hash(W()))
try:
    {V()}
except TypeError as e:
    print(e)
## case truth-bool-len
class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class No:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(Empty()), bool(Full()), bool(No()), not Empty(), "yes" if Full() else "no")
## case contains-fallbacks
class ViaIter:
    def __iter__(self):
        return iter([1, 2, 3])
class ViaGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(2 in ViaIter(), 5 in ViaIter(), 20 in ViaGetitem(), 25 in ViaGetitem(), list(ViaGetitem()))
## case reflected-arithmetic
class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, o):
        return Money(self.c + (o.c if isinstance(o, Money) else o))
    def __radd__(self, o):
        return self.__add__(o)
    def __rmul__(self, k):
        return Money(self.c * k)
print((1 + Money(2)).c, sum([Money(1), Money(2)]).c, (3 * Money(4)).c)
## case inplace-fallback
class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Acc(self.v + o)
class InPlace(Acc):
    def __iadd__(self, o):
        self.v += o * 10
        return self
a = Acc(1)
a0 = a
a += 2
b = InPlace(1)
b0 = b
b += 2
print(a.v, a is a0, b.v, b is b0)
## case lt-only-sorting
class Card:
    def __init__(self, r):
        self.r = r
    def __lt__(self, o):
        return self.r < o.r
    def __repr__(self):
        return f"Card({self.r})"
cs = [Card(5), Card(2), Card(9)]
print(sorted(cs), max(cs), min(cs), Card(3) > Card(1), sorted(cs, reverse=True))
## case repr-fallback-for-str
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(str(OnlyRepr()), f"{OnlyRepr()}", "%s" % OnlyRepr(), [OnlyRepr()])
## case super-in-classmethod
class Base:
    @classmethod
    def create(cls):
        return f"Base.create({cls.__name__})"
class Child(Base):
    @classmethod
    def create(cls):
        return "Child+" + super().create()
print(Child.create(), Child().create())
## case super-two-args
class A:
    def hi(self):
        return "A"
class B(A):
    def hi(self):
        return "B"
class C(B):
    def hi(self):
        return super(B, self).hi()
print(C().hi(), super(C, C()).hi())
## case classmethod-staticmethod
class K:
    n = 2
    @staticmethod
    def double(x):
        return x * 2
    @classmethod
    def times(cls, x):
        return cls.double(x) * cls.n
class L(K):
    n = 3
print(K.times(1), L.times(1), L().times(2), K.double(4))
## case abstract-methods
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
try:
    Shape()
except TypeError as e:
    print(type(e).__name__)
print(Sq(3).area())
## case object-takes-no-arguments
class Plain:
    pass
try:
    Plain(1)
except TypeError as e:
    print(e)
try:
    object.__init__(Plain(), 1)
except TypeError as e:
    print(type(e).__name__)
## case getattr-vs-getattribute
class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return name.upper()
class Spy:
    def __getattribute__(self, name):
        if name == "secret":
            return 42
        return object.__getattribute__(self, name)
print(Lazy().real, Lazy().missing, Spy().secret)
## case setattr-delattr-hooks
class Audit:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
a = Audit()
a.x = 1
del a.x
print(a.log, hasattr(a, "x"))
## case slots-restrict
class P:
    __slots__ = ("x",)
p = P()
p.x = 1
try:
    p.y = 2
except AttributeError:
    print("AttributeError")
print(p.x)
