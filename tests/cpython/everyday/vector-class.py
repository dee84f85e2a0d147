import math
from functools import total_ordering

@total_ordering
class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x: float = 0, y: float = 0):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x:.2f}, {self.y:.2f})"

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)

    def __lt__(self, o):
        return abs(self) < abs(o)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

    def __bool__(self):
        return bool(self.x or self.y)

a, b = Vector(3, 4), Vector(1, -2)
print(a + b, a - b, a * 2, 3 * b, abs(a), repr(a))
print(sorted([a, b, Vector(0, 1)]), max(a, b), a > b, a >= a)
print(list(a), bool(Vector()), {a: "a"}[Vector(3, 4)], len({a, Vector(3, 4), b}))
x, y = b
print(x, y, f"{a}", str(b))
try:
    a.z = 1
except AttributeError as e:
    print("AttributeError")
