from functools import lru_cache
from itertools import islice, count
import math

@lru_cache(maxsize=None)
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def primes():
    for n in count(2):
        if all(n % p for p in range(2, math.isqrt(n) + 1)):
            yield n

def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0:2] = [False, False]
    for i in range(2, int(limit ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, f in enumerate(flags) if f]

print([fib(i) for i in range(15)])
print(fib(100), len(str(fib(300))))
print(list(islice(primes(), 15)))
print(sieve(60))
print(sum(sieve(1000)), math.prod(sieve(20)))
twins = [(p, p + 2) for p in sieve(100) if p + 2 in set(sieve(100))]
print(twins)
print(f"{fib(90):,}", f"{2**64:_}")
