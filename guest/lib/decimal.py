"""Decimal fixed and floating point arithmetic, CPython's decimal for everyday use (money).

A value is a sign, an integer coefficient and a power-of-ten exponent (or a special: infinity,
NaN, sNaN). Results are exact, then rounded to the context's precision with its rounding mode,
as in the General Decimal Arithmetic specification CPython follows. Not here: the transcendental
functions (exp, ln, log10), logical operations, and flags other than the trapped conditions.
"""

__all__ = [
    "Decimal", "Context", "DecimalTuple", "getcontext", "setcontext", "localcontext",
    "DefaultContext", "BasicContext", "ExtendedContext",
    "DecimalException", "Clamped", "InvalidOperation", "DivisionByZero", "Inexact", "Rounded",
    "Subnormal", "Overflow", "Underflow", "FloatOperation",
    "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP",
    "ROUND_HALF_DOWN", "ROUND_05UP", "MAX_PREC", "MAX_EMAX", "MIN_EMIN", "MIN_ETINY",
]

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
              ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class Inexact(DecimalException):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


def _signal(context, condition, result=None):
    """Raises `condition` if the context traps it (CPython's message names the condition)."""
    trapped = condition
    while trapped not in context.traps:
        trapped = trapped.__bases__[0]
    if context.traps.get(trapped):
        raise trapped("[<class 'decimal.%s'>]" % condition.__name__)
    context.flags[trapped] = True
    return result


def DecimalTuple(sign, digits, exponent):
    """(sign, digits, exponent), as Decimal.as_tuple() gives it: a namedtuple, made on first use."""
    global DecimalTuple
    from collections import namedtuple
    DecimalTuple = namedtuple("DecimalTuple", "sign digits exponent", module="decimal")
    return DecimalTuple(sign, digits, exponent)


def _parse(text):
    """(sign, coefficient, exponent) of a numeric string, or (sign, special, 0), or None."""
    s = text.strip().replace("_", "").lower()
    sign = 0
    if s[:1] in ("+", "-"):
        sign = 1 if s[0] == "-" else 0
        s = s[1:]
    if s in ("inf", "infinity"):
        return sign, "F", 0
    for prefix, kind in (("snan", "N"), ("nan", "n")):
        if s.startswith(prefix):
            payload = s[len(prefix):]
            if payload == "" or payload.isdigit():
                return sign, kind, 0
            return None
    mantissa, _, exp = s.partition("e")
    if exp:
        digits = exp[1:] if exp[0] in "+-" else exp
        if not digits.isdigit():
            return None
        exp = int(exp)
    else:
        if "e" in s:
            return None
        exp = 0
    whole, dot, frac = mantissa.partition(".")
    if not (whole or frac) or not (whole + frac).isdigit():
        return None
    return sign, int(whole + frac), exp - len(frac)


def _float_ratio(x):
    """x as an exact (numerator, power of two exponent) pair: x == n * 2**e."""
    import math
    m, e = math.frexp(x)
    n = int(m * (1 << 53))
    e -= 53
    while n and not n & 1:
        n >>= 1
        e += 1
    return n, e


def _ndigits(n):
    return len(str(n))


class Decimal:
    """An exact decimal number: Decimal("1.10"), Decimal(3), Decimal(0.1) (the float's exact value)."""

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = value._sign, value._int, value._exp, value._special
            return self
        self._special = ""
        if isinstance(value, bool):
            value = int(value)
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = -value if value < 0 else value
            self._exp = 0
            return self
        if isinstance(value, float):
            return cls.from_float(value) if cls is Decimal else cls(Decimal.from_float(value))
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                _signal(context or getcontext(), ConversionSyntax)
                parsed = (0, "n", 0)
            self._sign, coefficient, self._exp = parsed
            if isinstance(coefficient, str):
                self._special, self._int = coefficient, 0
            else:
                self._int = coefficient
            return self
        if isinstance(value, (tuple, list)):
            if len(value) != 3:
                raise ValueError("argument must be a sequence of length 3")
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError("sign must be an integer with the value 0 or 1")
            self._sign = sign
            if exp in ("F", "n", "N"):
                self._special, self._int, self._exp = exp, 0, 0
                return self
            n = 0
            for d in digits:
                if not (isinstance(d, int) and 0 <= d <= 9):
                    raise ValueError("coefficient must be a tuple of digits")
                n = n * 10 + d
            self._int, self._exp = n, exp
            return self
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if f != f:
            return cls("NaN")
        if f in (float("inf"), float("-inf")):
            return cls("-Infinity" if f < 0 else "Infinity")
        sign = 1 if f < 0 or (f == 0 and str(f)[0] == "-") else 0
        n, e = _float_ratio(abs(f))
        if e >= 0 or not n:
            return _make(sign, n << max(e, 0), 0, cls)
        return _make(sign, n * 5 ** -e, e, cls)

    # --- properties -------------------------------------------------------------------------

    def is_nan(self):
        return self._special in ("n", "N")

    def is_snan(self):
        return self._special == "N"

    def is_qnan(self):
        return self._special == "n"

    def is_infinite(self):
        return self._special == "F"

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def adjusted(self):
        return self._exp + _ndigits(self._int) - 1 if not self._special else 0

    def as_tuple(self):
        if self._special:
            return DecimalTuple(self._sign, (0,) if self._special == "F" else (), self._special)
        return DecimalTuple(self._sign, tuple(int(c) for c in str(self._int)), self._exp)

    def as_integer_ratio(self):
        if self._special:
            raise (ValueError if self.is_nan() else OverflowError)(
                "cannot convert %s to integer ratio" % ("NaN" if self.is_nan() else "Infinity"))
        n = -self._int if self._sign else self._int
        if self._exp >= 0:
            return n * 10 ** self._exp, 1
        d = 10 ** -self._exp
        a, b = n, d
        while b:
            a, b = b, a % b
        a = abs(a)
        return n // a, d // a

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    # --- text -----------------------------------------------------------------------------

    def __str__(self):
        return self._to_string(False)

    def to_eng_string(self, context=None):
        return self._to_string(True)

    def __repr__(self):
        return "Decimal('%s')" % self

    def _to_string(self, eng):
        sign = "-" if self._sign else ""
        if self._special:
            return sign + {"F": "Infinity", "n": "NaN", "N": "sNaN"}[self._special]
        digits = str(self._int)
        left = self._exp + len(digits)
        if self._exp <= 0 and left > -6:
            dot = left
        elif not eng:
            dot = 1
        elif self._int == 0:
            dot = (left + 1) % 3 - 1
        else:
            dot = (left - 1) % 3 + 1
        if dot <= 0:
            text = "0." + "0" * -dot + digits
        elif dot >= len(digits):
            text = digits + "0" * (dot - len(digits))
        else:
            text = digits[:dot] + "." + digits[dot:]
        if left != dot:
            text += "E%+d" % (left - dot)
        return sign + text

    def __format__(self, spec):
        return _format(self, spec)

    # --- conversions ----------------------------------------------------------------------

    def __int__(self):
        if self._special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        n = self._int * 10 ** self._exp if self._exp >= 0 else self._int // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        if self._special:
            if self.is_snan():
                raise ValueError("cannot convert signaling NaN to float")
            return float(("-" if self._sign else "") + ("inf" if self._special == "F" else "nan"))
        from fractions import _ratio_to_float
        n, d = self.as_integer_ratio()
        x = _ratio_to_float(-n if n < 0 else n, d)
        return -x if self._sign else x

    def __bool__(self):
        return bool(self._special) or self._int != 0

    def __floor__(self):
        return int(self.to_integral_value(ROUND_FLOOR))

    def __ceil__(self):
        return int(self.to_integral_value(ROUND_CEILING))

    def __round__(self, n=None):
        if n is None:
            if self._special:
                raise (ValueError if self.is_nan() else OverflowError)(
                    "cannot round a NaN" if self.is_nan() else "cannot round an infinity")
            return int(self.to_integral_value(ROUND_HALF_EVEN))
        return self.quantize(Decimal((0, (1,), -n)))

    def __hash__(self):
        if self._special:
            if self.is_snan():
                raise TypeError("Cannot hash a signaling NaN value.")
            return hash(float(self))
        n, d = self.as_integer_ratio()
        if d == 1:
            return hash(n)
        x = float(self)
        return hash(x) if Decimal.from_float(x) == self else hash((n, d))

    # --- arithmetic -------------------------------------------------------------------------

    def __neg__(self, context=None):
        return self._unary(self.copy_negate(), context)

    def __pos__(self, context=None):
        return self._unary(self, context)

    def __abs__(self, context=None):
        return self._unary(self.copy_abs() if self._sign else self, context)

    def _unary(self, result, context):
        """A sign change, rounded; a zero result is positive (but under ROUND_FLOOR)."""
        context = context or getcontext()
        nan = _nans(self, self, context)
        if nan is not None:
            return nan
        if self.is_zero() and context.rounding != ROUND_FLOOR:
            result = result.copy_abs()
        return _fix(result, context)

    def copy_abs(self):
        return _make(0, self._int, self._exp, special=self._special)

    def copy_negate(self):
        return _make(1 - self._sign, self._int, self._exp, special=self._special)

    def copy_sign(self, other):
        return _make(_convert(other, True)._sign, self._int, self._exp, special=self._special)

    def __add__(self, other, context=None):
        other = _convert(other, op="+")
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = _nans(self, other, context)
        if nan is not None:
            return nan
        if self._special or other._special:
            if self._special and other._special and self._sign != other._sign:
                return _signal(context, InvalidOperation, _make(0, 0, 0, special="n"))
            return Decimal(self if self._special else other)
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        total = (-a if self._sign else a) + (-b if other._sign else b)
        if total == 0:
            # Exact zero: negative only when both are (or when rounding toward -inf).
            sign = 1 if (self._sign and other._sign) or (self._sign != other._sign and context.rounding == ROUND_FLOOR) else 0
            return _fix(_make(sign, 0, exp), context)
        return _fix(_make(1 if total < 0 else 0, abs(total), exp), context)

    def __radd__(self, other, context=None):
        other = _convert(other, op="r+")
        return other if other is NotImplemented else self.__add__(other, context)

    def __sub__(self, other, context=None):
        other = _convert(other, op="-")
        if other is NotImplemented:
            return other
        nan = _nans(self, other, context or getcontext())
        if nan is not None:
            return nan
        return self.__add__(other.copy_negate(), context)

    def __rsub__(self, other, context=None):
        other = _convert(other, op="r-")
        if other is NotImplemented:
            return other
        return other.__sub__(self, context)

    def __mul__(self, other, context=None):
        other = _convert(other, op="*")
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = _nans(self, other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special or other._special:
            if self.is_zero() or other.is_zero():
                return _signal(context, InvalidOperation, _make(0, 0, 0, special="n"))
            return _make(sign, 0, 0, special="F")
        return _fix(_make(sign, self._int * other._int, self._exp + other._exp), context)

    def __rmul__(self, other, context=None):
        other = _convert(other, op="r*")
        return other if other is NotImplemented else self.__mul__(other, context)

    def __truediv__(self, other, context=None):
        other = _convert(other, op="/")
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = _nans(self, other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special or other._special:
            if self._special and other._special:
                return _signal(context, InvalidOperation, _make(0, 0, 0, special="n"))
            if self._special:
                return _make(sign, 0, 0, special="F")
            return _make(sign, 0, context.Emin - context.prec + 1)
        if other._int == 0:
            if self._int == 0:
                return _signal(context, DivisionUndefined, _make(0, 0, 0, special="n"))
            return _signal(context, DivisionByZero, _make(sign, 0, 0, special="F"))
        ideal = self._exp - other._exp
        if self._int == 0:
            return _fix(_make(sign, 0, ideal), context)
        # Enough digits for prec + 1 of quotient; a nonzero remainder becomes a sticky digit.
        shift = _ndigits(other._int) - _ndigits(self._int) + context.prec + 1
        exp = ideal - shift
        if shift >= 0:
            q, r = divmod(self._int * 10 ** shift, other._int)
        else:
            q, r = divmod(self._int, other._int * 10 ** -shift)
        if r:
            if q % 5 == 0:
                q += 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return _fix(_make(sign, q, exp), context)

    def __rtruediv__(self, other, context=None):
        other = _convert(other, op="r/")
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context)

    def _parts(self, other, context):
        """(sign, a, b, exp): both operands' coefficients scaled to their smaller exponent."""
        exp = min(self._exp, other._exp)
        return self._sign ^ other._sign, self._int * 10 ** (self._exp - exp), other._int * 10 ** (other._exp - exp), exp

    def _quotient(self, other, context):
        """The integer part of self / other (truncated toward zero)."""
        context = context or getcontext()
        nan = _nans(self, other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special:
            if other._special:
                return _signal(context, InvalidOperation, _make(0, 0, 0, special="n"))
            return _make(sign, 0, 0, special="F")
        if other._special:
            return _make(sign, 0, 0)
        if other._int == 0:
            if self._int == 0:
                return _signal(context, DivisionUndefined, _make(0, 0, 0, special="n"))
            return _signal(context, DivisionByZero, _make(sign, 0, 0, special="F"))
        sign, a, b, _ = self._parts(other, context)
        q = a // b
        if _ndigits(q) > context.prec:
            return _signal(context, DivisionImpossible, _make(0, 0, 0, special="n"))
        return _make(sign, q, 0)

    def _remainder(self, other, context):
        """self - other * self._quotient(other): the sign of self."""
        context = context or getcontext()
        nan = _nans(self, other, context)
        if nan is not None:
            return nan
        if self._special:
            return _signal(context, InvalidOperation, _make(0, 0, 0, special="n"))
        if other._special:
            return _fix(Decimal(self), context)
        if other._int == 0:
            return _signal(context, DivisionUndefined if self._int == 0 else InvalidOperation, _make(0, 0, 0, special="n"))
        _, a, b, exp = self._parts(other, context)
        q, r = divmod(a, b)
        if _ndigits(q) > context.prec:
            return _signal(context, DivisionImpossible, _make(0, 0, 0, special="n"))
        return _fix(_make(self._sign, r, exp), context)

    def __floordiv__(self, other, context=None):
        other = _convert(other, op="//")
        return other if other is NotImplemented else self._quotient(other, context)

    def __rfloordiv__(self, other, context=None):
        other = _convert(other, op="r//")
        return other if other is NotImplemented else other._quotient(self, context)

    def __mod__(self, other, context=None):
        other = _convert(other, op="%")
        return other if other is NotImplemented else self._remainder(other, context)

    def __rmod__(self, other, context=None):
        other = _convert(other, op="r%")
        return other if other is NotImplemented else other._remainder(self, context)

    def __divmod__(self, other, context=None):
        other = _convert(other, op="divmod()")
        return other if other is NotImplemented else (self._quotient(other, context), self._remainder(other, context))

    def __rdivmod__(self, other, context=None):
        other = _convert(other, op="rdivmod()")
        return other if other is NotImplemented else (other._quotient(self, context), other._remainder(self, context))

    def remainder_near(self, other, context=None):
        """self - n * other, n the integer nearest to self / other (ties to even)."""
        other = _convert(other, True)
        if self._special or other._special or other._int == 0:
            return self._remainder(other, context)
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if 2 * r > b or (2 * r == b and q & 1):
            q, r = q + 1, r - b
        if _ndigits(q) > (context or getcontext()).prec:
            return _signal(context or getcontext(), DivisionImpossible, _make(0, 0, 0, special="n"))
        sign = self._sign ^ (r < 0)
        return _fix(_make(sign, abs(r), exp), context)

    def __pow__(self, other, modulo=None, context=None):
        other = _convert(other, op="** or pow()")
        if other is NotImplemented:
            return other
        context = context or getcontext()
        if modulo is not None:
            modulo = _convert(modulo, True)
            return Decimal(pow(int(self), int(other), int(modulo)))
        nan = _nans(self, other, context)
        if nan is not None:
            return nan
        if other._special or other._int * 10 ** max(other._exp, 0) != int(other) * (-1 if other._sign else 1) \
                or (other._exp < 0 and other._int % 10 ** -other._exp):
            # Non-integral powers go through float: inexact, rounded to the context.
            if self._sign and not self.is_zero():
                return _signal(context, InvalidOperation, _make(0, 0, 0, special="n"))
            return _fix(Decimal(repr(float(self) ** float(other))), context)
        n = int(other)
        if self._special:
            if n == 0:
                return Decimal(1)
            if n < 0:
                return _make(0, 0, 0)
            return _make(self._sign if n % 2 else 0, 0, 0, special="F")
        if self._int == 0:
            if n == 0:
                return _signal(context, InvalidOperation, _make(0, 0, 0, special="n"))
            if n < 0:
                return _make(self._sign if n % 2 else 0, 0, 0, special="F")
            return _make(self._sign if n % 2 else 0, 0, 0)
        sign = self._sign if n % 2 else 0
        if n >= 0:
            return _fix(_make(sign, self._int ** n, self._exp * n), context)
        # One division of exact operands: rounded once.
        return Decimal(1).__truediv__(_make(sign, self._int ** -n, self._exp * -n), context)

    def __rpow__(self, other, context=None):
        other = _convert(other, op="r** or pow()")
        return other if other is NotImplemented else other.__pow__(self, None, context)

    def sqrt(self, context=None):
        context = context or getcontext()
        if self._special:
            nan = _nans(self, self, context)
            if nan is not None:
                return nan
            if self._sign:
                return _signal(context, InvalidOperation, _make(0, 0, 0, special="n"))
            return Decimal(self)
        if self._int == 0:
            return _make(self._sign, 0, self._exp >> 1)
        if self._sign:
            return _signal(context, InvalidOperation, _make(0, 0, 0, special="n"))
        # Scale the coefficient to an even exponent with 2 * (prec + 1) digits, take the integer
        # square root; an inexact root gets a sticky digit before the final rounding.
        prec = context.prec + 1
        c, e = self._int, self._exp
        if e & 1:
            c *= 10
            e -= 1
        shift = prec - (_ndigits(c) + 1) // 2
        if shift >= 0:
            c *= 100 ** shift
            exact = True
        else:
            c, rest = divmod(c, 100 ** -shift)
            exact = not rest
        e = e // 2 - shift
        from _mathlib import isqrt
        root = isqrt(c)
        exact = exact and root * root == c
        if exact:
            ideal = self._exp // 2
            while e < ideal and root % 10 == 0:
                root //= 10
                e += 1
        elif root % 5 == 0:
            root += 1
        even = context.copy()
        even.rounding = ROUND_HALF_EVEN
        return _fix(_make(0, root, e), even)

    # --- comparison -----------------------------------------------------------------------

    def _cmp(self, other):
        """-1, 0 or 1; None when either is a NaN."""
        if self.is_nan() or other.is_nan():
            return None
        if self._special or other._special:
            a = 0 if not self._special else (-2 if self._sign else 2)
            b = 0 if not other._special else (-2 if other._sign else 2)
            if a == b:
                return 0
            if a or b:
                return -1 if a < b else 1
        if self._int == 0 and other._int == 0:
            return 0
        if self._sign != other._sign:
            if self._int == 0:
                return 1 if other._sign else -1
            if other._int == 0:
                return -1 if self._sign else 1
            return -1 if self._sign else 1
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        result = (a > b) - (a < b)
        return -result if self._sign else result

    def _compare_to(self, other, op):
        other = _convert(other, allow_float=True)
        if other is NotImplemented:
            return other
        if self.is_snan() or other.is_snan() or (op not in ("==", "!=") and (self.is_nan() or other.is_nan())):
            if op in ("==", "!="):
                return op == "!="
            _signal(getcontext(), InvalidOperation)
            return False
        c = self._cmp(other)
        if c is None:
            return op == "!="
        return {"==": c == 0, "!=": c != 0, "<": c < 0, "<=": c <= 0, ">": c > 0, ">=": c >= 0}[op]

    def __eq__(self, other):
        return self._compare_to(other, "==")

    def __ne__(self, other):
        return self._compare_to(other, "!=")

    def __lt__(self, other):
        return self._compare_to(other, "<")

    def __le__(self, other):
        return self._compare_to(other, "<=")

    def __gt__(self, other):
        return self._compare_to(other, ">")

    def __ge__(self, other):
        return self._compare_to(other, ">=")

    def compare(self, other, context=None):
        other = _convert(other, True)
        nan = _nans(self, other, context or getcontext())
        if nan is not None:
            return nan
        return Decimal(self._cmp(other))

    def max(self, other, context=None):
        other = _convert(other, True)
        c = self._cmp(other)
        if c is None:
            return _fix(self if other.is_nan() else other, context)
        if c == 0:
            c = _total_order_tiebreak(self, other)
        return _fix(Decimal(self if c >= 0 else other), context)

    def min(self, other, context=None):
        other = _convert(other, True)
        c = self._cmp(other)
        if c is None:
            return _fix(self if other.is_nan() else other, context)
        if c == 0:
            c = _total_order_tiebreak(self, other)
        return _fix(Decimal(self if c <= 0 else other), context)

    # --- rounding -------------------------------------------------------------------------

    def quantize(self, exp, rounding=None, context=None):
        exp = _convert(exp, True)
        context = context or getcontext()
        rounding = rounding or context.rounding
        if self._special or exp._special:
            nan = _nans(self, exp, context)
            if nan is not None:
                return nan
            if self.is_infinite() and exp.is_infinite():
                return Decimal(self)
            return _signal(context, InvalidOperation, _make(0, 0, 0, special="n"))
        result = _rescale(self, exp._exp, rounding)
        if _ndigits(result._int) > context.prec:
            return _signal(context, InvalidOperation, _make(0, 0, 0, special="n"))
        return result

    def same_quantum(self, other, context=None):
        other = _convert(other, True)
        if self._special or other._special:
            return (self.is_nan() and other.is_nan()) or (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        if self._special:
            nan = _nans(self, self, context or getcontext())
            return nan if nan is not None else Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        return _rescale(self, 0, rounding or (context or getcontext()).rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self.to_integral_value(rounding, context)

    def normalize(self, context=None):
        context = context or getcontext()
        if self._special:
            nan = _nans(self, self, context)
            return nan if nan is not None else Decimal(self)
        value = _fix(self, context)
        if value._special or value._int == 0:
            return value if value._special else _make(value._sign, 0, 0)
        n, e = value._int, value._exp
        while n % 10 == 0 and e < context.Emax:
            n //= 10
            e += 1
        return _make(value._sign, n, e)

    def scaleb(self, other, context=None):
        other = _convert(other, True)
        if self._special:
            return Decimal(self)
        return _fix(_make(self._sign, self._int, self._exp + int(other)), context)

    def fma(self, other, third, context=None):
        exact = Context(prec=MAX_PREC)
        return self.__mul__(other, exact).__add__(third, context)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _make(sign, coefficient, exp, cls=Decimal, special=""):
    d = object.__new__(cls)
    d._sign, d._int, d._exp, d._special = sign, coefficient, exp, special
    return d


def _total_order_tiebreak(a, b):
    """Between equal values, max() prefers the positive one, then the larger exponent."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    c = (a._exp > b._exp) - (a._exp < b._exp)
    return -c if a._sign else c


def _convert(other, strict=False, allow_float=False, op=None):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if allow_float and isinstance(other, float):
        return Decimal.from_float(other)
    if op is not None and isinstance(other, float):
        # What CPython says once float's reflected method declines too.
        names = ("'float' and 'decimal.Decimal'" if op[0] == "r" else "'decimal.Decimal' and 'float'")
        raise TypeError("unsupported operand type(s) for %s: %s" % (op.lstrip("r"), names))
    if strict:
        raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
    return NotImplemented


def _nans(a, b, context):
    """The NaN result of an operation with a NaN operand (a signaling one is an error), or None."""
    for x in (a, b):
        if x.is_snan():
            return _signal(context, InvalidOperation, _make(x._sign, 0, 0, special="n"))
    for x in (a, b):
        if x.is_qnan():
            return x
    return None


def _round_up(kept, dropped_digits, sign, rounding):
    """Whether rounding away the digits `dropped_digits` (a string) increments `kept`."""
    if not dropped_digits.strip("0"):
        return False
    first = dropped_digits[0]
    rest = dropped_digits[1:].strip("0")
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_UP:
        return True
    if rounding == ROUND_CEILING:
        return not sign
    if rounding == ROUND_FLOOR:
        return bool(sign)
    if rounding == ROUND_05UP:
        return kept % 10 in (0, 5)
    if first > "5" or (first == "5" and rest):
        return True
    if first < "5":
        return False
    # Exactly half.
    if rounding == ROUND_HALF_UP:
        return True
    if rounding == ROUND_HALF_DOWN:
        return False
    return kept % 2 == 1


def _rescale(value, exp, rounding):
    """value with exponent `exp` exactly (padding with zeros or rounding away digits)."""
    if value._exp >= exp:
        return _make(value._sign, value._int * 10 ** (value._exp - exp), exp)
    digits = str(value._int)
    drop = exp - value._exp
    if drop > len(digits):
        digits = "0" * (drop - len(digits)) + digits
    kept = int(digits[:len(digits) - drop] or "0")
    if _round_up(kept, digits[len(digits) - drop:], value._sign, rounding):
        kept += 1
    return _make(value._sign, kept, exp)


def _fix(value, context):
    """value rounded to the context's precision, with overflow checked."""
    context = context or getcontext()
    if value._special:
        return value
    n = _ndigits(value._int)
    if n > context.prec:
        value = _rescale(value, value._exp + n - context.prec, context.rounding)
        if _ndigits(value._int) > context.prec:  # 999 rounded up to 1000
            value = _make(value._sign, value._int // 10, value._exp + 1)
    if value._int and value._exp + _ndigits(value._int) - 1 > context.Emax:
        return _signal(context, Overflow, _make(value._sign, 0, 0, special="F"))
    return value


def _parse_spec(spec):
    """(fill, align, sign, zero, width, group, precision, kind) of a format spec."""
    i, fill, align = 0, " ", None
    if len(spec) >= 2 and spec[1] in "<>=^":
        fill, align, i = spec[0], spec[1], 2
    elif spec[:1] and spec[0] in "<>=^":
        align, i = spec[0], 1
    sign = "-"
    if spec[i:i + 1] and spec[i] in "+- ":
        sign, i = spec[i], i + 1
    z = spec[i:i + 1] == "z"
    i += z
    i += spec[i:i + 1] == "#"
    zero = spec[i:i + 1] == "0"
    i += zero
    start = i
    while spec[i:i + 1].isdigit():
        i += 1
    width = int(spec[start:i]) if i > start else None
    group = None
    if spec[i:i + 1] == ",":
        group, i = ",", i + 1
    precision = None
    if spec[i:i + 1] == ".":
        start = i = i + 1
        while spec[i:i + 1].isdigit():
            i += 1
        if i == start:
            raise ValueError("Invalid format specifier")
        precision = int(spec[start:i])
    kind = None
    if spec[i:i + 1] and spec[i] in "eEfFgGn%":
        kind, i = spec[i], i + 1
    if i != len(spec):
        raise ValueError("Invalid format specifier")
    if zero and align is None:
        fill, align = "0", "="
    return fill, align or ">", sign, z, width, group, precision, kind


def _format(value, spec):
    """format(Decimal, spec): CPython's mini-language for e, f, g, n, % and none, exact digits."""
    fill, align, sign_opt, z, width, group, precision, kind = _parse_spec(spec)
    if value._special and (fill, align) == ("0", "="):
        fill, align = " ", ">"  # zero padding does not apply to infinities and NaNs
    rounding = getcontext().rounding
    negative = value._sign and not (z and value.is_zero())
    sign = "-" if negative else {"+": "+", " ": " "}.get(sign_opt, "")
    if value._special:
        body = {"F": "Infinity", "n": "NaN", "N": "sNaN"}[value._special] + ("%" if kind == "%" else "")
    else:
        v = _make(value._sign, value._int, value._exp + (2 if kind == "%" else 0))
        if precision is not None:
            if kind in ("f", "F", "%"):
                v = _rescale(v, -precision, rounding)
            else:
                keep = precision + 1 if kind in ("e", "E") else max(precision, 1)
                if kind in ("e", "E") or _ndigits(v._int) > keep:
                    v = _rescale(v, v._exp + _ndigits(v._int) - keep, rounding)
                    if _ndigits(v._int) > keep:  # 9.99 rounded up to 10.0
                        v = _make(v._sign, v._int // 10, v._exp + 1)
        digits = str(v._int)
        if not v._int and precision is not None and kind in ("e", "E"):
            v, digits = _make(v._sign, 0, value._exp), "0" * (precision + 1)
        left = v._exp + len(digits)
        if kind in ("e", "E"):
            dot = 1
        elif kind in ("f", "F", "%"):
            dot = left
        else:
            dot = left if v._exp <= 0 and left > -6 else 1
        if dot <= 0:
            whole, frac = "0", "0" * -dot + digits
        elif dot >= len(digits):
            whole, frac = (digits + "0" * (dot - len(digits))) if v._int else "0", ""
        else:
            whole, frac = digits[:dot], digits[dot:]
        if group:
            parts = []
            while len(whole) > 3:
                parts.insert(0, whole[-3:])
                whole = whole[:-3]
            whole = group.join([whole] + parts)
        body = whole + ("." + frac if frac else "")
        if left != dot or kind in ("e", "E"):
            mark = "E" if kind in ("E", "G") or (kind is None and getcontext().capitals) else "e"
            body += mark + "%+d" % (left - dot)
        if kind == "%":
            body += "%"
    text = sign + body
    if width is not None and len(text) < width:
        pad = width - len(text)
        if align == "<":
            text += fill * pad
        elif align == "^":
            text = fill * (pad // 2) + text + fill * (pad - pad // 2)
        elif align == "=":
            text = sign + fill * pad + body
        else:
            text = fill * pad + text
    return text


def _plain(v):
    """A finite, non-negative Decimal's digits without an exponent."""
    digits = str(v._int)
    if v._exp >= 0:
        return digits + "0" * v._exp
    frac = -v._exp
    digits = "0" * (frac + 1 - len(digits)) + digits if len(digits) <= frac else digits
    return digits[:-frac] + "." + digits[-frac:]


class Context:
    """Precision, rounding and trapped conditions for arithmetic (getcontext() is the current one)."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None):
        self.prec = 28 if prec is None else prec
        self.rounding = ROUND_HALF_EVEN if rounding is None else rounding
        self.Emin = -999999 if Emin is None else Emin
        self.Emax = 999999 if Emax is None else Emax
        self.capitals = 1 if capitals is None else capitals
        self.clamp = 0 if clamp is None else clamp
        self.traps = _signal_dict(traps, (InvalidOperation, DivisionByZero, Overflow))
        self.flags = _signal_dict(flags, ())

    def __setattr__(self, name, value):
        if name == "prec" and (not isinstance(value, int) or value < 1):
            raise ValueError("valid range for prec is [1, MAX_PREC]")
        if name == "rounding" and value not in _ROUNDINGS:
            raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
        object.__setattr__(self, name, value)

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for k in self.flags:
            self.flags[k] = False

    def clear_traps(self):
        for k in self.traps:
            self.traps[k] = False

    def create_decimal(self, num="0"):
        return _fix(Decimal(num, self), self)

    def create_decimal_from_float(self, f):
        return _fix(Decimal.from_float(f), self)

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def __repr__(self):
        names = lambda d: ", ".join(k.__name__ for k in _SIGNALS if d.get(k))
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], traps=[%s])"
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                   names(self.flags), names(self.traps)))

    def add(self, a, b):
        return _convert(a, True).__add__(b, self)

    def subtract(self, a, b):
        return _convert(a, True).__sub__(b, self)

    def multiply(self, a, b):
        return _convert(a, True).__mul__(b, self)

    def divide(self, a, b):
        return _convert(a, True).__truediv__(b, self)

    def power(self, a, b, modulo=None):
        return _convert(a, True).__pow__(b, modulo, self)

    def quantize(self, a, b):
        return _convert(a, True).quantize(b, context=self)

    def sqrt(self, a):
        return _convert(a, True).sqrt(self)

    def plus(self, a):
        return _fix(_convert(a, True), self)


_SIGNALS = (Clamped, DivisionByZero, Inexact, Overflow, Rounded, Underflow, InvalidOperation,
            Subnormal, FloatOperation)


def _signal_dict(given, on):
    if isinstance(given, dict):
        return {k: bool(given.get(k)) for k in _SIGNALS}
    chosen = on if given is None else given
    return {k: k in chosen for k in _SIGNALS}


DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, traps=[])

_current = [DefaultContext.copy()]


def getcontext():
    return _current[0]


def setcontext(context):
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
    _current[0] = context


class _LocalContext:
    def __init__(self, context):
        self.new = context

    def __enter__(self):
        self.saved = getcontext()
        setcontext(self.new)
        return self.new

    def __exit__(self, *exc):
        setcontext(self.saved)
        return False


def localcontext(ctx=None, **kwargs):
    """A context manager: a copy of ctx (or of the current context) is current inside it."""
    context = (ctx or getcontext()).copy()
    for name, value in kwargs.items():
        if not hasattr(context, name) or name in ("flags", "traps"):
            raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        setattr(context, name, value)
    return _LocalContext(context)
