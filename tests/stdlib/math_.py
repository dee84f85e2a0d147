import math
print(math.comb(10, 3), math.comb(5, 0), math.comb(3, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(3, 4), math.factorial(10))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod([2, 3], start=10))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(2**61 - 1))
print(math.gcd(12, 18), math.gcd(12, 18, 27), math.gcd(), math.gcd(-4, 6), math.gcd(0, 0))
print(math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(), math.lcm(0, 5), math.lcm(-3, 4))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]))
print(math.fsum([1, 2, 3]), math.fsum([0.1, 0.2, 0.3]), math.fsum([1e308, 1e308, -1e308]) if False else 0)
print(math.fsum([float("inf"), 1.0]), math.fsum([float("nan"), 1.0]))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]), math.hypot(3, 4), math.hypot(), math.hypot(5))
print(math.hypot(1, 2, 2), math.hypot(-3, 4), math.hypot(float("inf"), float("nan")))
print(math.log(8, 2), math.log(100, 10), math.log(math.e), math.log10(1000), math.log2(1024))
print(math.cbrt(-8), math.cbrt(64), math.exp2(10), math.sqrt(2), math.pi, math.tau, math.inf)
print(math.floor(2.7), math.ceil(2.1), math.trunc(-2.7), math.isclose(0.1 + 0.2, 0.3), math.copysign(3, -0.0))
for bad in (lambda: math.isqrt(-1), lambda: math.comb(-1, 2), lambda: math.perm(3, -1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
for bad in (lambda: math.isqrt(4.0), lambda: math.comb(5.0, 2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    math.fsum([float("inf"), float("-inf")])
except ValueError as e:
    print("ValueError", e)
try:
    math.dist((1, 2), (1,))
except ValueError as e:
    print("ValueError", e)
