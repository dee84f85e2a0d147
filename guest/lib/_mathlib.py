"""What math.py adds to MicroPython's built-in math: comb, perm, prod, isqrt, gcd and lcm (any
number of arguments), fsum, dist, hypot (any number of arguments), cbrt, exp2. A module of its
own so the rest of the library (statistics) can use them without importing math.py."""

from umath import *  # math is an extensible built-in (guest/patches/0013): umath is the C module
import umath as _m

_inf = float("inf")


def _index(x, fname):
    if isinstance(x, bool):
        return int(x)
    if not isinstance(x, int):
        method = getattr(type(x), "__index__", None)
        if method is None:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)
        x = method(x)
    return x


def isqrt(n):
    n = _index(n, "isqrt")
    if n < 0:
        raise ValueError("isqrt() argument must be nonnegative")
    if n == 0:
        return 0
    # Newton's iteration from a power of two at or above the root; it decreases to the floor.
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def gcd(*integers):
    g = 0
    for x in integers:
        x = _index(x, "gcd")
        x = -x if x < 0 else x
        while x:
            g, x = x, g % x
    return g


def lcm(*integers):
    result = 1
    for x in integers:
        x = _index(x, "lcm")
        if x == 0:
            result = 0
            continue
        x = -x if x < 0 else x
        if result:
            result = result // gcd(result, x) * x
    return result


def prod(iterable, *, start=1):
    result = start
    for x in iterable:
        result = result * x
    return result


def perm(n, k=None):
    n = _index(n, "perm")
    if n < 0:
        raise ValueError("n must be a non-negative integer")
    if k is None:
        k = n
    k = _index(k, "perm")
    if k < 0:
        raise ValueError("k must be a non-negative integer")
    if k > n:
        return 0
    result = 1
    for i in range(n - k + 1, n + 1):
        result *= i
    return result


def comb(n, k):
    n = _index(n, "comb")
    k = _index(k, "comb")
    if n < 0:
        raise ValueError("n must be a non-negative integer")
    if k < 0:
        raise ValueError("k must be a non-negative integer")
    if k > n:
        return 0
    k = min(k, n - k)
    result = 1
    for i in range(1, k + 1):
        result = result * (n - k + i) // i
    return result


def fsum(iterable):
    """Correctly rounded sum of floats: exact partial sums (Shewchuk), rounded once at the end."""
    partials = []
    special = 0.0
    inf_seen = False
    for x in iterable:
        x = float(x)
        if x != x or x in (_inf, -_inf):
            if x != x:
                special = x
            elif inf_seen and special != x:
                raise ValueError("-inf + inf in fsum")
            else:
                inf_seen = True
                if special == special:
                    special = x
            continue
        kept = []
        for y in partials:
            if abs(x) < abs(y):
                x, y = y, x
            hi = x + y
            lo = y - (hi - x)
            if lo:
                kept.append(lo)
            x = hi
        if x in (_inf, -_inf):
            raise OverflowError("intermediate overflow in fsum")
        kept.append(x)
        partials = kept
    if special != 0.0 or inf_seen:
        return special
    if not partials:
        return 0.0
    # Add from the largest; stop at the first inexact step, then round half to even using the
    # sign of what is left below.
    i = len(partials) - 1
    hi = partials[i]
    lo = 0.0
    while i > 0:
        i -= 1
        x = hi
        y = partials[i]
        hi = x + y
        lo = y - (hi - x)
        if lo:
            break
    if i > 0 and ((lo < 0 and partials[i - 1] < 0) or (lo > 0 and partials[i - 1] > 0)):
        y = lo * 2
        x = hi + y
        if y == x - hi:
            hi = x
    return hi


def hypot(*coordinates):
    values = [abs(float(c)) for c in coordinates]
    if not values:
        return 0.0
    for v in values:
        if v == _inf:
            return _inf
    biggest = max(values)
    if biggest != biggest:
        return biggest
    if biggest == 0.0:
        return 0.0
    return biggest * _m.sqrt(fsum((v / biggest) * (v / biggest) for v in values))


def dist(p, q):
    p = tuple(p)
    q = tuple(q)
    if len(p) != len(q):
        raise ValueError("both points must have the same number of dimensions")
    return hypot(*[float(a) - float(b) for a, b in zip(p, q)])


_THIRD = 1.0 / _m.sqrt(9.0)  # 1/3, computed when imported (see random.py on frozen floats)


def cbrt(x):
    x = float(x)
    if x == 0.0 or x != x or x in (_inf, -_inf):
        return x
    r = abs(x) ** _THIRD
    # One Newton step tidies the last bit of pow's result.
    r = r - (r * r * r - abs(x)) / (3.0 * r * r)
    return r if x > 0 else -r


def exp2(x):
    return 2.0 ** float(x)
