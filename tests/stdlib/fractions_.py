from fractions import Fraction
import math
a = Fraction(3, 4)
b = Fraction("1/3")
print(a, repr(a), b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, abs(-a), +a)
print(a + 1, 1 + a, a * 2, 2 / a, a - 0.25, 0.5 + a, a ** 2, a ** -2, 2 ** Fraction(2), Fraction(4) ** Fraction(1, 2))
print(Fraction(10, -4), Fraction(0, 5), Fraction(6), Fraction(0.75), Fraction(1.1), Fraction("-2.5e-3"), Fraction(" 7 "), Fraction("3.14"))
print(Fraction(Fraction(1, 2), Fraction(1, 3)), a.numerator, a.denominator, a.as_integer_ratio())
print(float(Fraction(1, 3)), float(Fraction(10**30, 3)), int(Fraction(-7, 2)), Fraction(5, 2).__round__(), Fraction(7, 2).__round__(), Fraction(22, 7).__round__(2))
print(math.floor(Fraction(7, 2)), math.ceil(Fraction(7, 2)), math.trunc(Fraction(-7, 2)), Fraction(1, 3) == 1 / 3, Fraction(1, 2) == 0.5)
print(a < b, a > b, a <= 0.75, a == Fraction(6, 8), a != 1, b < 1, sorted([Fraction(1, 2), Fraction(1, 3), 0.4, 1]), hash(Fraction(2)) == hash(2))
print(Fraction(math.pi).limit_denominator(1000), Fraction(3.141592653589793).limit_denominator(100), Fraction("0.333").limit_denominator(10), Fraction(1, 7).limit_denominator(5))
print(sum([Fraction(1, n) for n in range(1, 8)]), Fraction.from_float(0.1), bool(Fraction(0)), str(Fraction(-3, 1)))
for bad in (lambda: Fraction(1, 0), lambda: Fraction("x/2"), lambda: Fraction(1.5, 2), lambda: Fraction("1/0")):
    try:
        bad()
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
