# Classes and special methods: operators, containers, comparison, hashing, attribute hooks, super, slots, metaclasses.
## case arithmetic-dunders
class M:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return M(self.v + (o.v if isinstance(o, M) else o))
    __radd__ = __add__
    def __mul__(self, k):
        return M(self.v * k)
    def __neg__(self):
        return M(-self.v)
    def __repr__(self):
        return f"M({self.v})"
print(M(1) + M(2), 3 + M(1), M(2) * 5, -M(4), sum([M(1), M(2)], M(0)))
## case container-dunders
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
b = Bag(1, 2, 3)
b[0] = 10
del b[1]
print(len(b), b[0], 3 in b, list(b), b[-1], bool(Bag()))
## case comparison-and-sorting
class Ver:
    def __init__(self, s):
        self.t = tuple(map(int, s.split(".")))
    def __lt__(self, o):
        return self.t < o.t
    def __eq__(self, o):
        return self.t == o.t
    def __repr__(self):
        return ".".join(map(str, self.t))
vs = [Ver("1.10.0"), Ver("1.2.3"), Ver("1.2.10"), Ver("0.9")]
print(sorted(vs), max(vs), Ver("1.0") == Ver("1.0"), Ver("1.0") != Ver("1.1"))
## case hash-eq-in-sets
class K:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, K) and self.k.lower() == o.k.lower()
    def __hash__(self):
        return hash(self.k.lower())
print(len({K("a"), K("A"), K("b")}), K("X") in {K("x")}, {K("q"): 1}[K("Q")])
## case eq-without-hash-unhashable
class E:
    def __eq__(self, o):
        return True
try:
    hash(E())
except TypeError as e:
    print(type(e).__name__)
## case getattr-hooks
class Proxy:
    def __init__(self, target):
        self._t = target
    def __getattr__(self, name):
        return f"proxied {name}"
class Strict:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"private: {name}")
        super().__setattr__(name, value)
p = Proxy(1)
print(p.anything, p._t)
s = Strict()
s.ok = 1
try:
    s._bad = 2
except AttributeError as e:
    print("AttributeError", e)
## case super-and-mro
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
## case classmethod-staticmethod-property
class Temp:
    scale = "C"
    def __init__(self, deg):
        self._deg = deg
    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 1))
    @staticmethod
    def valid(d):
        return d > -273.15
    @property
    def deg(self):
        return self._deg
t = Temp.from_f(212)
print(t.deg, Temp.valid(-300), Temp.scale, type(t).__name__)
try:
    t.deg = 5
except AttributeError as e:
    print("AttributeError")
## case slots
class P:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
p = P()
try:
    p.z = 3
except AttributeError:
    print("no z")
print(p.x, hasattr(p, "y"))
## case call-and-bool-and-len
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, step=1):
        self.n += step
        return self.n
    def __bool__(self):
        return self.n > 0
c = Counter()
print(bool(c), c(), c(5), bool(c), callable(c))
## case str-vs-repr-fallback
class OnlyRepr:
    def __repr__(self):
        return "R!"
class OnlyStr:
    def __str__(self):
        return "S!"
print(str(OnlyRepr()), repr(OnlyRepr()), f"{OnlyRepr()}", str(OnlyStr()), [OnlyRepr()])
## case class-attributes-and-instances
class Dog:
    tricks = []
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
        self.own = []
    def add(self, t):
        self.tricks.append(t)
        self.own.append(t)
a, b = Dog("a"), Dog("b")
a.add("roll")
b.add("sit")
print(Dog.count, a.tricks, a.own, b.own, a.tricks is b.tricks)
## case metaclass-registry
registry = {}
class Meta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            registry[name.lower()] = cls
        return cls
class Plugin(metaclass=Meta):
    pass
class Csv(Plugin):
    pass
class Xml(Plugin):
    pass
print(sorted(registry), type(Csv).__name__)
## case iterator-protocol-class
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)), sum(Countdown(3)), list(zip(Countdown(2), "ab")))
## case context-manager-class-and-exceptions
class Tx:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append("begin")
        return self
    def __exit__(self, et, ev, tb):
        self.log.append("rollback" if et else "commit")
        return False
t = Tx()
with t:
    pass
try:
    with t:
        raise ValueError
except ValueError:
    pass
print(t.log)
## case inheritance-isinstance-issubclass
class Animal:
    sound = "..."
    def speak(self):
        return f"{type(self).__name__} says {self.sound}"
class Cat(Animal):
    sound = "meow"
class Lion(Cat):
    sound = "roar"
print([a.speak() for a in (Animal(), Cat(), Lion())], isinstance(Lion(), Animal), issubclass(Cat, Lion), Lion.__bases__[0].__name__)
## case reflected-comparisons-and-notimplemented
class N:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        if not isinstance(o, N):
            return NotImplemented
        return self.v == o.v
    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, N) else o)
print(N(1) == N(1), N(1) == 1, N(1) < 2, N(3) > N(2))
## case dataclass-free-eq-default-identity
class Plain:
    pass
a = Plain()
print(a == a, a == Plain(), a != Plain())
## case getitem-slice-object
class Seq:
    def __getitem__(self, k):
        if isinstance(k, slice):
            return ("slice", k.start, k.stop, k.step)
        return ("index", k)
s = Seq()
print(s[1], s[1:5], s[::2], s[:-1])
## case index-dunder
class Idx:
    def __index__(self):
        return 2
print([10, 20, 30][Idx()], "abc"[Idx()], bin(Idx()), range(5)[Idx()])
