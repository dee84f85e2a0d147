# fractions.Fraction: construction, arithmetic, comparisons, limit_denominator, str/repr (issue 14).
## case construct
from fractions import Fraction
print(Fraction(3, 6), Fraction("1/3"), Fraction("0.25"), Fraction(0.5), Fraction(-4, 8), repr(Fraction(1, 3)))
## case arithmetic
from fractions import Fraction as F
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a ** 2, -a, abs(-a), a + 1, a * 1.5)
## case comparisons
from fractions import Fraction as F
print(F(1, 2) == 0.5, F(1, 3) < F(1, 2), sorted([F(2, 3), F(1, 4), F(1, 2)]), F(2, 4) == F(1, 2), max(F(7, 3), 2))
## case limit-denominator
from fractions import Fraction
import math
print(Fraction(math.pi).limit_denominator(1000), Fraction(0.1).limit_denominator(), Fraction(3.14159).limit_denominator(100))
## case attributes-and-conversion
from fractions import Fraction as F
f = F(22, 7)
print(f.numerator, f.denominator, float(f), int(f), round(f), round(f, 2), f.as_integer_ratio(), F(7, 2) // 1, F(7, 2) % 1)
## case zero-division
from fractions import Fraction
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
## case hash-and-dict
from fractions import Fraction as F
print(hash(F(1, 2)) == hash(0.5), {F(1, 2): "half"}[0.5], F(6, 3) == 2, hash(F(2)) == hash(2))
