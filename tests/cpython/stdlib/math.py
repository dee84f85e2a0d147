# math additions: comb, perm, prod, isqrt, lcm, n-ary gcd, fsum, dist, n-ary hypot, log(x, base) and friends (issue 14).
## case comb-perm
import math
print(math.comb(10, 3), math.comb(5, 0), math.comb(3, 5), math.perm(5, 2), math.perm(5), math.comb(100, 50))
## case prod
import math
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 6), start=2))
## case isqrt
import math
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**20), math.isqrt(2**100 + 1))
try:
    math.isqrt(-1)
except ValueError as e:
    print(type(e).__name__)
## case gcd-lcm
import math
print(math.gcd(12, 18), math.gcd(12, 18, 27), math.gcd(), math.gcd(0, 5), math.lcm(4, 6), math.lcm(2, 3, 4), math.lcm())
## case fsum
import math
print(sum([0.1] * 10), math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
## case dist-hypot
import math
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]), math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot())
## case log-base
import math
print(math.log(8, 2), math.log(100, 10), math.log(math.e), math.log2(1024), math.log10(0.001), math.log1p(0))
## case factorial-and-rounding
import math
print(math.factorial(20), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), type(math.floor(2.5)).__name__)
## case isclose-inf-nan
import math
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1.0))
## case constants-and-trig
import math
print(math.pi, math.e, math.tau, math.inf, round(math.sin(math.pi / 6), 10), math.degrees(math.pi), math.radians(180), math.atan2(1, 1))
## case copysign-remainder-modf
import math
print(math.copysign(3, -0.0), math.remainder(10, 3), math.modf(3.5), math.fmod(-7, 3), math.frexp(8.0), math.ldexp(0.5, 4))
## case nextafter-ulp-cbrt
import math
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.exp2(10) if hasattr(math, "exp2") else 1024.0, math.expm1(0.0))
## case domain-errors
import math
for f, a in [(math.sqrt, -1), (math.log, 0), (math.factorial, -1)]:
    try:
        f(a)
    except ValueError as e:
        print(type(e).__name__, e)
## case factorial-float-error
import math
try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__)
