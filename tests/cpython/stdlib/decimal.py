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
## case negative-floor-division-and-remainder
from decimal import Decimal as D
print(D(-7) // D(2), D(-7) % D(2), D(7) // D(-2), D("7.5") % D("2"), divmod(D("-7.5"), D(2)), D(10).remainder_near(D(6)))
## case division-by-zero-and-traps
from decimal import Decimal as D, DivisionByZero, InvalidOperation, getcontext, localcontext
for f in (lambda: D(1) / 0, lambda: D(0) / 0, lambda: D(5) % 0, lambda: D(-1).sqrt()):
    try:
        print(f())
    except ZeroDivisionError as e:
        print("ZeroDivisionError", type(e).__name__, isinstance(e, ArithmeticError))
    except InvalidOperation as e:
        print("InvalidOperation", type(e).__name__)
with localcontext() as ctx:
    ctx.traps[DivisionByZero] = False
    ctx.traps[InvalidOperation] = False
    print(D(1) / 0, D(-1) / 0, D(0) / 0, ctx.flags[DivisionByZero])
## case mixed-with-int-and-float
from decimal import Decimal as D
print(D("1.5") + 1, 2 * D("0.25"), 10 - D("0.1"), 1 / D(4), D(3) ** 2, 2 ** D(3))
print(D("0.1") < 0.2, D(1) == 1.0, D("0.1") == 0.1, D(2) > 1)
try:
    D("1.5") + 1.5
except TypeError as e:
    print("TypeError", e)
## case hashing-and-keys
from decimal import Decimal as D
d = {D("1.0"): "a", D(2): "b"}
print(d[D(1)], d[2], hash(D(5)) == hash(5), hash(D("0.5")) == hash(0.5), len({D("1"), D("1.00"), 1}))
## case special-values
from decimal import Decimal as D
inf, nan = D("Infinity"), D("NaN")
print(inf, -inf, repr(nan), inf > 10**100, inf + 1, D("-inf").is_signed(), nan.is_nan(), nan == nan, D("1E+2").is_finite())
print(D("sNaN").is_snan(), D("-0").is_zero(), D("-0").is_signed(), D(5).copy_negate(), D(-5).copy_abs())
## case sci-and-eng-strings
from decimal import Decimal as D
for s in ["123E+7", "0.0000001", "1E-7", "123.456E-10", "-0E+3", "12345678901234567890", "1.000E+3", "0.00E-5"]:
    x = D(s)
    print(s, str(x), x.to_eng_string(), x.adjusted(), x.as_tuple())
## case tuple-and-ratio
from decimal import Decimal as D
t = D("-3.140").as_tuple()
print(t, t.sign, t.digits, t.exponent, D(t), D((0, (1, 2, 5), -2)), D("0.375").as_integer_ratio(), D(12).as_integer_ratio())
## case quantize-money-and-errors
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_HALF_DOWN, InvalidOperation, getcontext
for v in ["0.125", "0.135", "-0.125", "2.5", "3.5", "1234.5678"]:
    x = D(v)
    print(v, x.quantize(D("0.01")), x.quantize(D("0.01"), ROUND_HALF_UP), x.quantize(D("0.01"), ROUND_HALF_DOWN), x.quantize(D("1")), x.quantize(D("1E1")))
getcontext().prec = 5
try:
    D("123456.7").quantize(D("0.01"))
except InvalidOperation:
    print("InvalidOperation: too many digits")
## case context-objects
from decimal import Decimal as D, Context, ROUND_DOWN, ROUND_UP, getcontext, setcontext, localcontext, BasicContext, ExtendedContext
c = Context(prec=4, rounding=ROUND_UP)
print(c.prec, c.rounding, c.divide(D(1), D(3)), c.create_decimal("3.14159"), c.add(D("1.2345"), D(0)), c.sqrt(D(2)))
with localcontext(prec=3, rounding=ROUND_DOWN):
    print(D(2) / D(3), getcontext().prec)
print(getcontext().prec, BasicContext.prec, ExtendedContext.prec)
setcontext(Context(prec=10))
print(D(1) / D(7))
try:
    getcontext().prec = 0
except ValueError as e:
    print("ValueError")
## case rounding-builtins
import math
from decimal import Decimal as D
print(round(D("2.5")), round(D("3.5")), round(D("-2.5")), math.floor(D("-1.5")), math.ceil(D("1.2")), int(D("-1.9")), math.trunc(D("1.9")))
print(round(D("1.005"), 2), round(D("123.456"), -1), round(D("0.5")))
## case normalize-and-compare
from decimal import Decimal as D
print(D("1.2300").normalize(), D("0.000").normalize(), D("120E2").normalize(), D(1).compare(D(2)), D("1.0").compare(D(1)), D("1.0").same_quantum(D("9.9")))
print(max(D(1), D("1.0")), min([D("0.5"), D("-1"), D("0.25")]), D("2").max(D("3")), D("-0").min(D("0")))
## case format-specs
from decimal import Decimal as D
x = D("-1234567.891")
for spec in ["", ".2f", ",.2f", ">16,.1f", "<14.3e", "^20", "+.4g", ".1%", "015.2f", ".0f", "E", ".3E"]:
    print(repr(spec), format(x, spec), format(D("0.000123"), spec))
print(f"{D('3.14159'):.3f} {D('1E+3'):f} {D('1.5E-7'):f} {D('NaN'):>6} {D('-inf'):.2f}")
## case sums-and-statistics
from decimal import Decimal as D
vals = [D("1.10"), D("2.20"), D("3.30")]
print(sum(vals), sum(vals) / len(vals), sorted(vals, reverse=True), max(vals) - min(vals), sum(vals, D(0)) == D("6.6"))
