import functools
from functools import (reduce, partial, lru_cache, cache, wraps, cmp_to_key, total_ordering,
                       cached_property, singledispatch)
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1), reduce(max, [3], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)

def power(base, exp, mod=None):
    return pow(base, exp) if mod is None else pow(base, exp, mod)

square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=5)
print(square(7), cube_mod(4), square.func is power, square.args, square.keywords)
p2 = partial(partial(power, 2), 10)
print(p2(), p2.args)
print(repr(partial(max, 1, key=None)).startswith("functools.partial(<"))

calls = []
@lru_cache(maxsize=2)
def slow(n):
    calls.append(n)
    return n * n
print(slow(2), slow(3), slow(2), slow(4), slow(3), calls)
print(slow.cache_info())
slow.cache_clear()
print(slow.cache_info(), slow.cache_info().hits)

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(20), fact.cache_info().misses)

@lru_cache(maxsize=None)
def kw(a, b=1):
    return a + b
print(kw(1), kw(1, b=2), kw(1), kw.cache_info())

def my_decorator(f):
    @wraps(f)
    def wrapper(*args, **kwargs):
        return ("wrapped", f(*args, **kwargs))
    return wrapper

@my_decorator
def greet(name):
    """Say hello."""
    return "hi " + name
print(greet("bob"))

def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([5, 2, 9, 1], key=cmp_to_key(cmp)), sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(b) - len(a))))

@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= Version(1), a >= Version(1), a > Version(1))

@total_ordering
class Rev:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __ge__(self, other):
        return self.n >= other.n
print(Rev(1) < Rev(2), Rev(1) <= Rev(1), Rev(3) > Rev(2), Rev(1) > Rev(1))

class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0
    @cached_property
    def area(self):
        self.computed += 1
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, c.computed)

@singledispatch
def describe(x):
    return "object"
@describe.register(int)
def _(x):
    return "int %d" % x
@describe.register(list)
def _(x):
    return "list of %d" % len(x)
class MyList(list):
    pass
print(describe(3), describe([1, 2]), describe(MyList([1])), describe("s"), describe(2.5))
print(describe.dispatch(int) is describe.registry[int])
