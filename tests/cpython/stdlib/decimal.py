# decimal.Decimal, enough for money: exact + - * /, quantize, rounding modes, comparison, str (issue 14).
## case exact-arithmetic
from decimal import Decimal
print(Decimal("0.1") + Decimal("0.2"), Decimal("1.10") * 3, Decimal("10") - Decimal("0.01"), Decimal("1") / Decimal("8"))
## case str-repr
from decimal import Decimal
print(Decimal("1.50"), repr(Decimal("1.50")), Decimal(5), Decimal("-0.00"), Decimal("1E+3"), str(Decimal("123.4500")))
## case quantize-rounding
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR
x = Decimal("2.675")
cent = Decimal("0.01")
print(x.quantize(cent), x.quantize(cent, rounding=ROUND_HALF_UP), Decimal("2.665").quantize(cent, ROUND_HALF_EVEN))
print(Decimal("-1.239").quantize(cent, ROUND_DOWN), Decimal("1.231").quantize(cent, ROUND_UP), Decimal("-1.231").quantize(cent, ROUND_CEILING), Decimal("-1.231").quantize(cent, ROUND_FLOOR))
## case division-precision
from decimal import Decimal, getcontext
print(Decimal(1) / Decimal(3), Decimal(2).sqrt(), getcontext().prec)
getcontext().prec = 6
print(Decimal(1) / Decimal(7))
## case comparison-and-sort
from decimal import Decimal as D
print(D("1.0") == D("1"), D("1.5") > 1, D("0.5") == 0.5, sorted([D("2.5"), D("-1"), D("2.05")]), max(D("3"), D("3.00")))
## case from-float-and-int
from decimal import Decimal
print(Decimal(0.1), Decimal(10**20), Decimal("3.14").as_tuple(), int(Decimal("7.9")), float(Decimal("2.5")))
## case money-total
from decimal import Decimal, ROUND_HALF_UP
prices = ["19.99", "5.01", "0.10", "3.333"]
total = sum((Decimal(p) for p in prices), Decimal("0"))
tax = (total * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(total, tax, total + tax, f"{total + tax:.2f}", f"{Decimal('1234.5'):,.2f}")
## case invalid-and-special
from decimal import Decimal, InvalidOperation
try:
    Decimal("abc")
except InvalidOperation as e:
    print(type(e).__name__)
print(Decimal("NaN").is_nan(), Decimal("Infinity"), Decimal("-0") == 0)
## case context-rounding
from decimal import Decimal, localcontext, ROUND_DOWN
with localcontext() as ctx:
    ctx.prec = 3
    ctx.rounding = ROUND_DOWN
    print(Decimal("2") / Decimal("3"))
print(Decimal("10.5").to_integral_value(), Decimal("1.2345").normalize(), Decimal("100").normalize())
