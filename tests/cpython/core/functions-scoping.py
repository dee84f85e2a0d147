# Functions, closures, generators, scoping, default and variadic arguments, recursion.
## case defaults-evaluated-once
def append(v, acc=[]):
    acc.append(v)
    return acc
print(append(1), append(2), append(3, []))
## case args-kwargs-mix
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3), f(1, 5, 6, 7, c=8, e=9, d=0))
## case argument-errors
def g(a, b):
    pass
for call in [lambda: g(1), lambda: g(1, 2, 3), lambda: g(1, b=2, a=3), lambda: g(1, c=2)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__)
## case closures-counter
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c2(), c1())
## case late-binding-closures
fs = [lambda: i for i in range(3)]
gs = [lambda i=i: i for i in range(3)]
print([f() for f in fs], [g() for g in gs])
## case generators
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
g = fib()
print([next(g) for _ in range(10)])
def gen_return():
    yield 1
    return 2
print(list(gen_return()))
## case generator-send-close-throw
def acc():
    total = 0
    try:
        while True:
            v = yield total
            total += v
    except GeneratorExit:
        print("closed at", total)
a = acc()
next(a)
print(a.send(5), a.send(10))
a.close()
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e}"
t = thrower()
next(t)
print(t.throw(ValueError("x")))
## case generator-expressions-lazy
log = []
def src():
    for i in range(3):
        log.append(i)
        yield i
g = (x * 2 for x in src())
print(log, next(g), log, list(g), log)
## case recursion
def hanoi(n, a="A", b="B", c="C"):
    return [] if n == 0 else hanoi(n - 1, a, c, b) + [(a, c)] + hanoi(n - 1, b, a, c)
print(len(hanoi(5)), hanoi(2))
def flatten(x):
    return [z for y in x for z in flatten(y)] if isinstance(x, list) else [x]
print(flatten([1, [2, [3, [4]], 5]]))
## case recursion-limit-error
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__)
## case global-and-unboundlocal
x = 10
def read():
    return x
def bad():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__)
    x = 5
print(read())
bad()
## case function-attributes
def documented(a: int, b: str = "x") -> bool:
    """Doc line."""
    return True
print(documented.__name__, documented.__doc__, documented.__defaults__, documented.__annotations__, documented.__code__.co_argcount)
## case lambda-sort-map-filter
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), list(map(lambda p: p[0] * 2, pairs)), list(filter(lambda p: p[0] > 1, pairs)))
## case higher-order-compose
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
inc = lambda v: v + 1
dbl = lambda v: v * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
## case decorator-with-state
def count_calls(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper
@count_calls
def hi():
    return "hi"
hi(); hi()
print(hi.calls, hi())
## case yield-from-delegation
def inner():
    yield 1
    yield 2
    return "inner done"
def outer():
    r = yield from inner()
    yield r
print(list(outer()))
## case async-await-without-asyncio
async def add(a, b):
    return a + b
async def main():
    return await add(1, 2) * 10
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
## case star-args-unpacking-in-calls
def f(a, b, c):
    return a * 100 + b * 10 + c
args = [1, 2]
print(f(*args, 3), f(*"", 1, 2, 3), f(**{"a": 1, "b": 2, "c": 3}), f(1, *[2], **{"c": 3}))
## case keyword-argument-errors
def f(a, *, b):
    return a, b
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__)
print(f(1, b=2))
