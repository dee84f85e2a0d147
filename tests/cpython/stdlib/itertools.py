# itertools: every function of CPython 3.11 (issue 14).
## case count-islice
from itertools import count, islice
print(list(islice(count(5, 3), 4)), list(islice("abcdefg", 1, 6, 2)), list(islice(count(), 3)))
## case cycle-repeat
from itertools import cycle, repeat, islice
print(list(islice(cycle("ab"), 5)), list(repeat("x", 3)), list(map(pow, range(4), repeat(2))))
## case accumulate
from itertools import accumulate
import operator
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], operator.mul, initial=10)))
## case chain
from itertools import chain
print(list(chain("ab", [1, 2])), list(chain.from_iterable([[1], [2, 3], []])))
## case compress-dropwhile-takewhile-filterfalse
from itertools import compress, dropwhile, takewhile, filterfalse
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(filterfalse(lambda x: x % 2, range(6))))
## case groupby
from itertools import groupby
print([(k, list(g)) for k, g in groupby("aaabccaa")])
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda w: w[0])
print({k: list(g) for k, g in groupby(data, key=lambda w: w[0])})
## case starmap-tee-zip-longest
from itertools import starmap, tee, zip_longest
a, b = tee([1, 2, 3])
print(list(starmap(pow, [(2, 3), (3, 2)])), list(a), list(b), list(zip_longest("ab", [1, 2, 3], fillvalue="-")))
## case pairwise
from itertools import pairwise
print(list(pairwise("abcd")), list(pairwise([1])))
## case product
from itertools import product
print(list(product("ab", [1, 2])), len(list(product(range(3), repeat=3))), list(product()))
## case permutations
from itertools import permutations
print(list(permutations("abc", 2)), len(list(permutations(range(5)))))
## case combinations
from itertools import combinations, combinations_with_replacement
print(list(combinations("abcd", 2)), list(combinations_with_replacement("ab", 2)), list(combinations([1], 2)))
## case islice-errors
from itertools import islice
try:
    islice("abc", -1)
except ValueError as e:
    print(type(e).__name__)
## case lazy-infinite-pipeline
from itertools import count, takewhile
squares = (n * n for n in count(1))
print(list(takewhile(lambda s: s < 50, squares)))
