# decimal against CPython's C implementation on random operands (random gives CPython's numbers
# for a seed): arithmetic, rounding modes, precisions, quantize, sqrt, comparisons, conversions.
import random
from decimal import (Decimal as D, getcontext, InvalidOperation, DivisionByZero,
                     ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_DOWN, ROUND_UP,
                     ROUND_CEILING, ROUND_FLOOR)

rnd = random.Random(2026)
ROUNDINGS = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR]


def number():
    if rnd.random() < 0.05:
        return rnd.choice(["0", "-0", "0.00", "Infinity", "-Inf", "NaN", "1E+5", "-1.5E-3"])
    digits = "".join(rnd.choice("0123456789") for _ in range(rnd.randint(1, rnd.choice([3, 8, 20, 40]))))
    if rnd.random() < 0.5:
        cut = rnd.randint(0, len(digits))
        digits = (digits[:cut] + "." + digits[cut:]).strip(".") or "0"
    if rnd.random() < 0.2:
        digits += "E" + str(rnd.randint(-30, 30))
    return ("-" if rnd.random() < 0.4 else "") + digits


OPS = [
    lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a / b,
    lambda a, b: a // b, lambda a, b: a % b, lambda a, b: a.quantize(D("0.01")), lambda a, b: a.sqrt(),
    lambda a, b: (a < b, a == b, a >= b), lambda a, b: a.normalize(), lambda a, b: a.to_integral_value(),
    lambda a, b: int(a), lambda a, b: a.as_tuple(), lambda a, b: a ** 3, lambda a, b: a ** -2,
    lambda a, b: a.remainder_near(b), lambda a, b: a.max(b), lambda a, b: -a, lambda a, b: abs(a),
    lambda a, b: a.adjusted(), lambda a, b: a.to_eng_string(), lambda a, b: str(a),
]

for _ in range(150):
    getcontext().prec = rnd.choice([28, 28, 5, 9, 3, 50])
    getcontext().rounding = rnd.choice(ROUNDINGS)
    a, b = D(number()), D(number())
    out = []
    for op in OPS:
        try:
            out.append(repr(op(a, b)))
        except (InvalidOperation, DivisionByZero, ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(getcontext().prec, getcontext().rounding, repr(a), repr(b), " ".join(out))
