"""Statistics of numeric data: averages, spread, quantiles, correlation and regression, with
CPython's exact results (sums and deviations are computed exactly with fractions, then rounded
once)."""

import _mathlib as _math
from fractions import Fraction, _ratio_to_float
from collections import Counter as _Counter, namedtuple as _namedtuple

__all__ = ["StatisticsError", "fmean", "geometric_mean", "harmonic_mean", "mean", "median",
           "median_grouped", "median_high", "median_low", "mode", "multimode", "pstdev",
           "pvariance", "quantiles", "stdev", "variance", "correlation", "covariance",
           "linear_regression", "NormalDist"]


class StatisticsError(ValueError):
    pass


def _exact(x):
    """(numerator, denominator) of an int, float or Fraction; None for inf/nan."""
    if isinstance(x, (int, bool)):
        return int(x), 1
    if isinstance(x, float):
        if x != x or x in (float("inf"), float("-inf")):
            return None
        return x.as_integer_ratio()
    if isinstance(x, Fraction):
        return x.numerator, x.denominator
    raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


def _coerce(T, S):
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int or T is bool:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _sum(data):
    """(type, exact total as Fraction or a special float, count)."""
    T = int
    count = 0
    num = 0
    den = 1
    special = None
    for x in data:
        T = _coerce(T, type(x))
        count += 1
        r = _exact(x)
        if r is None:
            special = x if special is None else special + x
            continue
        n, d = r
        if d == den:
            num += n
        else:
            num = num * d + n * den
            den *= d
    if special is not None:
        return T, special, count
    return T, Fraction(num, den), count


def _convert(value, T):
    if type(value) is T:
        return value
    if isinstance(value, float):
        return value
    if T is int or T is bool:
        if value.denominator != 1:
            return _ratio_to_float(value.numerator, value.denominator)
        return value.numerator
    if T is float:
        return _ratio_to_float(value.numerator, value.denominator)
    return T(value)


def mean(data):
    data = list(data)
    if not data:
        raise StatisticsError("mean requires at least one data point")
    T, total, n = _sum(data)
    if isinstance(total, float):
        return total / n
    return _convert(total / n, T)


def fmean(data, weights=None):
    if weights is None:
        n = 0
        xs = []
        for x in data:
            xs.append(x)
            n += 1
        if not n:
            raise StatisticsError("fmean requires at least one data point")
        return _math.fsum(xs) / n
    data = list(data)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError("data and weights must be the same length")
    num = _math.fsum(x * w for x, w in zip(data, weights))
    den = _math.fsum(weights)
    if not den:
        raise StatisticsError("sum of weights must be non-zero")
    return num / den


def geometric_mean(data):
    try:
        return _math.exp(fmean([_math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset containing positive numbers")


def harmonic_mean(data, weights=None):
    data = list(data)
    if weights is None:
        weights = [1] * len(data)
        sum_weights = len(data)
    else:
        weights = list(weights)
        if len(weights) != len(data):
            raise StatisticsError("Number of weights does not match data size")
        sum_weights = sum(weights)
    if not data:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if len(data) == 1 and weights == [1]:
        x = data[0]
        if isinstance(x, (int, float, Fraction)):
            if x < 0:
                raise StatisticsError("harmonic mean does not support negative values")
            return x
        raise TypeError("unsupported type")
    for x in data:
        if x < 0:
            raise StatisticsError("harmonic mean does not support negative values")
    for w in weights:
        if w < 0:
            raise StatisticsError("Weighted sum must be positive")
    if any(x == 0 for x in data):
        return 0
    T, total, _ = _sum(w / x if w else 0 for w, x in zip(weights, data))
    if isinstance(total, float):
        return sum_weights / total
    if total <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _convert(Fraction(*_exact(sum_weights)) / total, T)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n == 1:
        return data[0]
    x = data[n // 2]
    for obj in (x, interval):
        if isinstance(obj, (str, bytes)):
            raise TypeError("expected number but got %r" % (obj,))
    L = x - interval / 2
    from bisect import bisect_left, bisect_right

    l1 = bisect_left(data, x)
    l2 = bisect_right(data, x, l1)
    cf = l1
    f = l2 - l1
    return L + interval * (n / 2 - cf) / f


def mode(data):
    pairs = _Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError("no mode for empty data")
    return pairs[0][0]


def multimode(data):
    counts = _Counter(iter(data)).most_common()
    if not counts:
        return []
    top = counts[0][1]
    return [value for value, c in counts if c == top]


def quantiles(data, *, n=4, method="exclusive"):
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError("must have at least two data points")
    result = []
    if method == "inclusive":
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == "exclusive":
        m = ld + 1
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError("Unknown method: %r" % (method,))


def _ss(data, c=None):
    """(type, exact sum of squared deviations, exact mean, count)."""
    data = list(data)
    if c is not None:
        T, total, n = _sum((x - c) * (x - c) for x in data)
        for x in data:
            T = _coerce(T, type(x))
        return T, total, c, n
    T = int
    n = 0
    sx = Fraction(0)
    sxx = Fraction(0)
    special = None
    for x in data:
        T = _coerce(T, type(x))
        n += 1
        r = _exact(x)
        if r is None:
            special = x
            continue
        f = Fraction(r[0], r[1])
        sx += f
        sxx += f * f
    if special is not None:
        return T, special, special, n
    if not n:
        return T, Fraction(0), Fraction(0), 0
    return T, (n * sxx - sx * sx) / n, sx / n, n


def _sqrt_frac(n, d):
    """sqrt(n/d) correctly rounded: an integer root with ample bits and a sticky bit, then one
    rounding to float."""
    if n == 0:
        return 0.0
    # Make n/d * 4**k about 2**120, so its integer root has about 60 bits.
    k = (120 - (len(bin(n)) - len(bin(d)))) // 2
    if k >= 0:
        num = n << (2 * k)
        den = d
    else:
        num = n
        den = d << (-2 * k)
    q = num // den
    root = _math.isqrt(q)
    if root * root * den != num:
        root |= 1  # round to odd: keeps the information that the root is not exact
    return _ratio_to_float(root, 1 << k) if k >= 0 else _ratio_to_float(root << -k, 1)


def variance(data, xbar=None):
    data = list(data)
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    if isinstance(ss, float):
        return ss
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    data = list(data)
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    if isinstance(ss, float):
        return ss
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    data = list(data)
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    if isinstance(ss, float):
        return _math.sqrt(ss) if ss == ss else ss
    mss = Fraction(ss) / (n - 1)
    return _sqrt_frac(mss.numerator, mss.denominator)


def pstdev(data, mu=None):
    data = list(data)
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    if isinstance(ss, float):
        return _math.sqrt(ss) if ss == ss else ss
    mss = Fraction(ss) / n
    return _sqrt_frac(mss.numerator, mss.denominator)


def _pair_check(x, y, what):
    x = list(x)
    y = list(y)
    n = len(x)
    if len(y) != n:
        raise StatisticsError("%s requires that both inputs have same number of data points" % what)
    if n < 2:
        raise StatisticsError("%s requires at least two data points" % what)
    return x, y, n


def covariance(x, y):
    x, y, n = _pair_check(x, y, "covariance")
    xbar = _math.fsum(x) / n
    ybar = _math.fsum(y) / n
    sxy = _math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y):
    x, y, n = _pair_check(x, y, "correlation")
    xbar = _math.fsum(x) / n
    ybar = _math.fsum(y) / n
    sxy = _math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = _math.fsum((xi - xbar) * (xi - xbar) for xi in x)
    syy = _math.fsum((yi - ybar) * (yi - ybar) for yi in y)
    try:
        return sxy / _math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")


LinearRegression = _namedtuple("LinearRegression", ("slope", "intercept"))


def linear_regression(x, y, *, proportional=False):
    x, y, n = _pair_check(x, y, "linear regression")
    if not proportional:
        xbar = _math.fsum(x) / n
        ybar = _math.fsum(y) / n
        x = [xi - xbar for xi in x]
        y = (yi - ybar for yi in y)
    sxy = _math.fsum(xi * yi for xi, yi in zip(x, y))
    sxx = _math.fsum(xi * xi for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


class NormalDist:
    """Normal distribution N(mu, sigma): pdf, cdf, inv_cdf, mean, stdev, arithmetic."""

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError("sigma must be non-negative")
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        data = list(data)
        return cls(fmean(data), stdev(data))

    mean = property(lambda self: self._mu)
    median = property(lambda self: self._mu)
    mode = property(lambda self: self._mu)
    stdev = property(lambda self: self._sigma)
    variance = property(lambda self: self._sigma * self._sigma)

    def pdf(self, x):
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError("pdf() not defined when sigma is zero")
        diff = x - self._mu
        return _math.exp(diff * diff / (-2.0 * variance)) / _math.sqrt(2.0 * _math.pi * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError("cdf() not defined when sigma is zero")
        return 0.5 * (1.0 + _math.erf((x - self._mu) / (self._sigma * _math.sqrt(2.0))))

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError("zscore() not defined when sigma is zero")
        return (x - self._mu) / self._sigma

    def __repr__(self):
        return "NormalDist(mu=%r, sigma=%r)" % (self._mu, self._sigma)

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return self._mu == other._mu and self._sigma == other._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __add__(self, x):
        if isinstance(x, NormalDist):
            return NormalDist(self._mu + x._mu, _math.sqrt(self._sigma ** 2 + x._sigma ** 2))
        return NormalDist(self._mu + x, self._sigma)

    __radd__ = __add__

    def __sub__(self, x):
        if isinstance(x, NormalDist):
            return NormalDist(self._mu - x._mu, _math.sqrt(self._sigma ** 2 + x._sigma ** 2))
        return NormalDist(self._mu - x, self._sigma)

    def __mul__(self, x):
        return NormalDist(self._mu * x, self._sigma * abs(x))

    __rmul__ = __mul__

    def __truediv__(self, x):
        return NormalDist(self._mu / x, self._sigma / abs(x))
