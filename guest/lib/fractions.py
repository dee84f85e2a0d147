"""Rational numbers: Fraction, exact arithmetic on int numerator/denominator pairs."""

import math as _math

__all__ = ["Fraction"]

_INF = float("inf")


def _gcd(a, b):
    a = -a if a < 0 else a
    b = -b if b < 0 else b
    while b:
        a, b = b, a % b
    return a


def _ratio_to_float(n, d):
    """n/d (d > 0) correctly rounded to the nearest float, ties to even."""
    if -(1 << 53) <= n <= (1 << 53) and d <= (1 << 53):
        return float(n) / float(d)
    sign = -1.0 if n < 0 else 1.0
    n = -n if n < 0 else n
    # Scale so that the quotient has 55 bits; the remainder decides the rounding.
    shift = n.bit_length() - d.bit_length() - 55
    if shift >= 0:
        q, r = divmod(n, d << shift)
    else:
        q, r = divmod(n << -shift, d)
    exp = shift
    # Fewer bits are kept for subnormal results.
    extra = q.bit_length() - 53
    if extra + exp < -1074:
        extra = -1074 - exp
    if extra > 0:
        low = q & ((1 << extra) - 1)
        q >>= extra
        exp += extra
        half = 1 << (extra - 1)
        if low > half or (low == half and (r or q & 1)):
            q += 1
    elif r * 2 > d or (r * 2 == d and q & 1):
        q += 1
    try:
        return sign * _math.ldexp(float(q), exp)
    except OverflowError:
        raise OverflowError("integer division result too large for a float")


def _parse(s):
    t = s.strip().replace("_", "")
    if not t:
        return None
    sign = 1
    if t[0] in "+-":
        sign = -1 if t[0] == "-" else 1
        t = t[1:]
    if "/" in t:
        a, b = t.split("/", 1)
        if not a.isdigit() or not b.isdigit():
            return None
        return sign * int(a), int(b)
    exp = 0
    for e in "eE":
        if e in t:
            t, es = t.split(e, 1)
            if es[:1] in "+-" and es[1:].isdigit() or es.isdigit():
                exp = int(es)
            else:
                return None
            break
    if "." in t:
        ip, fp = t.split(".", 1)
    else:
        ip, fp = t, ""
    if not (ip or fp) or (ip and not ip.isdigit()) or (fp and not fp.isdigit()):
        return None
    n = int(ip + fp) if ip + fp else 0
    exp -= len(fp)
    if exp >= 0:
        return sign * n * 10 ** exp, 1
    return sign * n, 10 ** -exp


class Fraction:
    """Fraction(numerator=0, denominator=1), Fraction(float), Fraction('3/7'), Fraction('1.5e3')."""

    def __init__(self, numerator=0, denominator=None, *, _normalize=True):
        if denominator is None:
            if isinstance(numerator, Fraction):
                self._n, self._d = numerator._n, numerator._d
                return
            if isinstance(numerator, bool) or isinstance(numerator, int):
                self._n, self._d = int(numerator), 1
                return
            if isinstance(numerator, float):
                self._n, self._d = numerator.as_integer_ratio()
                return
            if isinstance(numerator, str):
                r = _parse(numerator)
                if r is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                n, d = r
            elif hasattr(numerator, "as_integer_ratio"):
                n, d = numerator.as_integer_ratio()
            else:
                raise TypeError("argument should be a string or a Rational instance")
        else:
            n, d = numerator, denominator
            if isinstance(n, Fraction) or isinstance(d, Fraction):
                a = Fraction(n)
                b = Fraction(d)
                n, d = a._n * b._d, a._d * b._n
            elif not (isinstance(n, (int, bool)) and isinstance(d, (int, bool))):
                raise TypeError("both arguments should be Rational instances")
            n, d = int(n), int(d)
        if d == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % n)
        if _normalize:
            g = _gcd(n, d)
            if d < 0:
                g = -g
            n //= g
            d //= g
        self._n = n
        self._d = d

    @classmethod
    def _new(cls, n, d):
        f = object.__new__(cls)
        g = _gcd(n, d)
        if d < 0:
            g = -g
        f._n = n // g
        f._d = d // g
        return f

    numerator = property(lambda self: self._n)
    denominator = property(lambda self: self._d)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(f)

    @classmethod
    def from_decimal(cls, dec):
        n, d = dec.as_integer_ratio()
        return cls._new(n, d)

    def as_integer_ratio(self):
        return self._n, self._d

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._d <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction; the answer is the last convergent or a semiconvergent.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._n, self._d
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._d:
            return Fraction._new(p1, q1)
        return Fraction._new(p0 + k * p1, q0 + k * q1)

    def __repr__(self):
        return "Fraction(%d, %d)" % (self._n, self._d)

    def __str__(self):
        return str(self._n) if self._d == 1 else "%d/%d" % (self._n, self._d)

    # ---- arithmetic ----

    @staticmethod
    def _coerce(other):
        if isinstance(other, Fraction):
            return other._n, other._d
        if isinstance(other, (int, bool)):
            return int(other), 1
        return None

    def _op(self, other, fn, floatfn, reverse=False):
        pair = Fraction._coerce(other)
        if pair is not None:
            a, b = (pair, (self._n, self._d)) if reverse else ((self._n, self._d), pair)
            return fn(a[0], a[1], b[0], b[1])
        if isinstance(other, float):
            x = float(self)
            return floatfn(other, x) if reverse else floatfn(x, other)
        if isinstance(other, complex):
            x = complex(float(self))
            return floatfn(other, x) if reverse else floatfn(x, other)
        return NotImplemented

    def __add__(self, o):
        return self._op(o, lambda a, b, c, d: Fraction._new(a * d + c * b, b * d), lambda x, y: x + y)

    def __radd__(self, o):
        return self._op(o, lambda a, b, c, d: Fraction._new(a * d + c * b, b * d), lambda x, y: x + y, True)

    def __sub__(self, o):
        return self._op(o, lambda a, b, c, d: Fraction._new(a * d - c * b, b * d), lambda x, y: x - y)

    def __rsub__(self, o):
        return self._op(o, lambda a, b, c, d: Fraction._new(a * d - c * b, b * d), lambda x, y: x - y, True)

    def __mul__(self, o):
        return self._op(o, lambda a, b, c, d: Fraction._new(a * c, b * d), lambda x, y: x * y)

    def __rmul__(self, o):
        return self._op(o, lambda a, b, c, d: Fraction._new(a * c, b * d), lambda x, y: x * y, True)

    @staticmethod
    def _div(a, b, c, d):
        if c == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % (a * d))
        return Fraction._new(a * d, b * c)

    def __truediv__(self, o):
        return self._op(o, Fraction._div, lambda x, y: x / y)

    def __rtruediv__(self, o):
        return self._op(o, Fraction._div, lambda x, y: x / y, True)

    def __floordiv__(self, o):
        return self._op(o, lambda a, b, c, d: (a * d) // (b * c), lambda x, y: x // y)

    def __rfloordiv__(self, o):
        return self._op(o, lambda a, b, c, d: (a * d) // (b * c), lambda x, y: x // y, True)

    def __mod__(self, o):
        return self._op(o, lambda a, b, c, d: Fraction._new((a * d) % (b * c), b * d), lambda x, y: x % y)

    def __rmod__(self, o):
        return self._op(o, lambda a, b, c, d: Fraction._new((a * d) % (b * c), b * d), lambda x, y: x % y, True)

    def __divmod__(self, o):
        return self._op(o, lambda a, b, c, d: (lambda q, r: (q, Fraction._new(r, b * d)))(*divmod(a * d, b * c)),
                        lambda x, y: divmod(x, y))

    def __rdivmod__(self, o):
        return self._op(o, lambda a, b, c, d: (lambda q, r: (q, Fraction._new(r, b * d)))(*divmod(a * d, b * c)),
                        lambda x, y: divmod(x, y), True)

    def __pow__(self, b):
        if isinstance(b, Fraction) and b._d == 1:
            b = b._n
        if isinstance(b, int):
            if b >= 0:
                return Fraction._new(self._n ** b, self._d ** b)
            if self._n == 0:
                raise ZeroDivisionError("Fraction(%s, 0)" % (self._d ** -b))
            return Fraction._new(self._d ** -b, self._n ** -b)
        if isinstance(b, (float, Fraction)):
            return float(self) ** float(b)
        return NotImplemented

    def __rpow__(self, a):
        if self._d == 1 and self._n >= 0 and isinstance(a, int):
            return Fraction(a ** self._n)
        if isinstance(a, (int, float)):
            return a ** float(self)
        return NotImplemented

    def __pos__(self):
        return Fraction._new(self._n, self._d)

    def __neg__(self):
        return Fraction._new(-self._n, self._d)

    def __abs__(self):
        return Fraction._new(abs(self._n), self._d)

    def __int__(self):
        n, d = self._n, self._d
        return -(-n // d) if n < 0 else n // d

    __trunc__ = __int__

    def __index__(self):
        raise TypeError("'Fraction' object cannot be interpreted as an integer")

    def __float__(self):
        return _ratio_to_float(self._n, self._d)

    def __floor__(self):
        return self._n // self._d

    def __ceil__(self):
        return -(-self._n // self._d)

    def __round__(self, ndigits=None):
        if ndigits is None:
            q, r = divmod(self._n, self._d)
            if r * 2 < self._d:
                return q
            if r * 2 > self._d:
                return q + 1
            return q if q % 2 == 0 else q + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction._new(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        if self._d == 1:
            return hash(self._n)
        return hash((self._n, self._d))

    def __eq__(self, other):
        if isinstance(other, Fraction):
            return self._n == other._n and self._d == other._d
        if isinstance(other, (int, bool)):
            return self._d == 1 and self._n == int(other)
        if isinstance(other, float):
            if other != other or other in (_INF, -_INF):
                return False
            return self == Fraction(other)
        if isinstance(other, complex):
            return other.imag == 0 and self == other.real
        return NotImplemented

    def _cmp(self, other):
        pair = Fraction._coerce(other)
        if pair is None and isinstance(other, float):
            if other != other:
                return None
            if other in (_INF, -_INF):
                return -1 if other > 0 else 1
            pair = other.as_integer_ratio()
        if pair is None:
            return NotImplemented
        left = self._n * pair[1]
        right = pair[0] * self._d
        return (left > right) - (left < right)

    def __lt__(self, other):
        c = self._cmp(other)
        return c if c is NotImplemented else (c is not None and c < 0)

    def __le__(self, other):
        c = self._cmp(other)
        return c if c is NotImplemented else (c is not None and c <= 0)

    def __gt__(self, other):
        c = self._cmp(other)
        return c if c is NotImplemented else (c is not None and c > 0)

    def __ge__(self, other):
        c = self._cmp(other)
        return c if c is NotImplemented else (c is not None and c >= 0)

    def __bool__(self):
        return self._n != 0

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self
