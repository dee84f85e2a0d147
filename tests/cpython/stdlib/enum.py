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
