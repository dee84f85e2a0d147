# functools: reduce, partial, lru_cache, cache, wraps, cmp_to_key, total_ordering, cached_property, singledispatch (issue 14).
## case reduce
from functools import reduce
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__)
## case partial
from functools import partial
base2 = partial(int, base=2)
p = partial(pow, 2)
print(base2("1011"), p(10), p.func is pow, p.args, base2.keywords)
## case lru-cache
from functools import lru_cache
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
## case lru-cache-maxsize
from functools import lru_cache
calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
for v in [1, 2, 1, 3, 1, 2]:
    sq(v)
print(calls, sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
## case cache
from functools import cache
@cache
def fact(n):
    return n * fact(n - 1) if n else 1
print(fact(30))
## case wraps
from functools import wraps
def logged(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        """wrapper doc"""
        return fn(*a, **k)
    return wrapper
@logged
def add(a, b):
    """Add two numbers."""
    return a + b
print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__.__name__)
## case cmp-to-key
from functools import cmp_to_key
def cmp(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)
print(sorted(["bb", "a", "ccc", "ab", "b"], key=cmp_to_key(cmp)))
## case total-ordering
from functools import total_ordering
@total_ordering
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), V(1) != V(1))
## case cached-property
from functools import cached_property
class Data:
    def __init__(self):
        self.computed = 0
    @cached_property
    def total(self):
        self.computed += 1
        return 42
d = Data()
print(d.total, d.total, d.computed, "total" in d.__dict__)
## case singledispatch
from functools import singledispatch
@singledispatch
def show(x):
    return f"obj {x}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(list)
def _(x):
    return f"list of {len(x)}"
print(show(1), show([1, 2]), show("s"), show(True))
## case partial-method-and-reduce-initial
from functools import partialmethod, reduce
class Cell:
    def set(self, state):
        self.state = state
    on = partialmethod(set, True)
c = Cell()
c.on()
print(c.state, reduce(lambda acc, w: acc + len(w), ["ab", "c"], 100))
