# enum: Enum, IntEnum, Flag, IntFlag, auto, iteration, lookup by name and value (issue 14).
## case enum-basics
from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value, Color(3), Color["GREEN"])
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1))
## case enum-lookup-errors
from enum import Enum
class Color(Enum):
    RED = 1
try:
    Color(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color["PINK"]
except KeyError as e:
    print(type(e).__name__, e)
## case auto
from enum import Enum, auto
class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
    TRIANGLE = auto()
print([(s.name, s.value) for s in Shape])
## case intenum
from enum import IntEnum
class Prio(IntEnum):
    LOW = 1
    HIGH = 3
print(Prio.LOW < Prio.HIGH, Prio.HIGH + 1, Prio(3), sorted([Prio.HIGH, Prio.LOW]), Prio.LOW == 1, f"{Prio.HIGH}", str(Prio.LOW))
## case flag
from enum import Flag, auto
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), [p.value for p in Perm], repr(Perm.W))
## case intflag
from enum import IntFlag
class Mode(IntFlag):
    A = 1
    B = 2
print(Mode.A | Mode.B, int(Mode.A | Mode.B), Mode.A | 4)
## case enum-methods-and-aliases
from enum import Enum
class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)
class Status(Enum):
    OK = 0
    SUCCESS = 0
print(Planet.EARTH.gravity, Status.SUCCESS, Status.SUCCESS is Status.OK, list(Status), list(Status.__members__))
## case str-enum-mixin
from enum import Enum
class Kind(str, Enum):
    A = "alpha"
    B = "beta"
print(Kind.A == "alpha", Kind("beta"), Kind.A.value, sorted(k.value for k in Kind), f"{Kind.A.value}")
## case strenum
from enum import StrEnum, auto
class Fruit(StrEnum):
    APPLE = auto()
    PEAR = "pear"
print(Fruit.APPLE, Fruit.APPLE == "apple", f"{Fruit.PEAR}", repr(Fruit.PEAR))
## case unique-and-hashable
from enum import Enum, unique
@unique
class D(Enum):
    N = "n"
    S = "s"
try:
    @unique
    class E(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__)
print({D.N: 1}[D.N], D.N.value)
## case enum-in-match-and-dict
from enum import Enum
class Op(Enum):
    ADD = "+"
    SUB = "-"
def apply(op, a, b):
    return {Op.ADD: a + b, Op.SUB: a - b}[op]
print(apply(Op("+"), 2, 3), apply(Op.SUB, 2, 3))
## case members-are-singletons-and-hashable
from enum import Enum
class C(Enum):
    A = 1
    B = 2
d = {C.A: "a"}
print(d[C(1)], C.A is C["A"], C.A == C.A, C.A != C.B, C.A == 1, hash(C.A) == hash(C.A), isinstance(C.A, C))
## case class-repr-and-len
from enum import Enum, Flag
class Color(Enum):
    RED = 1
class P(Flag):
    X = 1
print(repr(Color), repr(P), len(Color), type(Color).__name__, list(reversed(Color)))
## case auto-values-and-generate-next-value
from enum import Enum, auto
class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    NORTH = auto()
    SOUTH = auto()
class Mixed(Enum):
    A = 10
    B = auto()
print([m.value for m in Ordinal], [m.value for m in Mixed])
## case member-attributes-and-methods
from enum import Enum
class Weekday(Enum):
    MON = 1
    SAT = 6
    SUN = 7
    def is_weekend(self):
        return self.value >= 6
    @classmethod
    def weekend(cls):
        return [d.name for d in cls if d.is_weekend()]
print(Weekday.SAT.is_weekend(), Weekday.weekend(), Weekday.MON.name, str(Weekday.SUN))
## case flag-composite-repr
from enum import Flag, auto
class P(Flag):
    R = auto()
    W = auto()
    X = auto()
print(str(P.R | P.W), repr(P.R | P.X), str(P(0)), repr(P(0)), list(P.R | P.W), ~P.R, bool(P(0)))
## case flag-named-combination
from enum import Flag
class P(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(list(P), P.RWX, P(7) is P.RWX, P.R in P.RWX, len(P))
## case intflag-with-ints
from enum import IntFlag
class Mode(IntFlag):
    A = 1
    B = 2
print(repr(Mode.A | 4), repr(Mode.A | Mode.B), Mode.A & 3, Mode.B == 2, isinstance(Mode.A, int))
## case lookup-missing-hook
from enum import Enum
class Answer(Enum):
    YES = "y"
    NO = "n"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls(value[:1].lower())
        return None
print(Answer("Yes"), Answer("NOPE"))
try:
    Answer(3)
except ValueError as e:
    print(e)
## case functional-api
from enum import Enum
Animal = Enum("Animal", "CAT DOG")
Shape = Enum("Shape", [("SQ", 4), ("TRI", 3)])
print(Animal.CAT, Animal.DOG.value, list(Shape), Shape(3))
## case contains-non-member
from enum import Enum
class C(Enum):
    A = 1
try:
    print(1 in C)
except TypeError as e:
    print(type(e).__name__)
## case members-mapping
from enum import Enum
class S(Enum):
    OK = 0
    FINE = 0
    BAD = 1
print(list(S.__members__), [m.name for m in S.__members__.values()], S.FINE.name, len(S))
## case str-mixin-and-format
from enum import Enum, IntEnum
class Kind(str, Enum):
    A = "alpha"
class Level(IntEnum):
    LOW = 1
print(repr(Kind.A), str(Kind.A), f"{Kind.A}", Kind.A.upper(), f"{Level.LOW:>3}", Level.LOW + Level.LOW, repr(Level(1)))
## case enum-comparison-errors
from enum import Enum
class C(Enum):
    A = 1
    B = 2
try:
    C.A < C.B
except TypeError as e:
    print(type(e).__name__)
print(sorted(C, key=lambda m: -m.value))
