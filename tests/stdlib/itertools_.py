from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress,
                       count, cycle, dropwhile, filterfalse, groupby, islice, pairwise, permutations,
                       product, repeat, starmap, takewhile, tee, zip_longest)
import operator

print(list(islice(count(5), 3)), list(islice(count(1, 2), 4)), list(islice(count(0.5, 0.25), 3)))
print(repr(count(3)), repr(count(1, 2)), repr(repeat("x", 2)))
print(list(islice(cycle("ab"), 5)), list(repeat(7, 3)), list(cycle([])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)),
      list(accumulate([1, 2, 3], operator.mul, initial=10)), list(accumulate([])))
print(list(chain("ab", [1, 2], ())), list(chain.from_iterable(["xy", "z"])))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(filterfalse(lambda x: x % 2, range(8))), list(filterfalse(None, [0, 1, "", "a"])))
print([(k, list(g)) for k, g in groupby("aaabbcdd")])
print([(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print([k for k, g in groupby("aabbbc")], list(groupby([])))
groups = groupby("aaabb")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)), list(islice("abcdefg", 2, None)),
      list(islice("abcdefg", 0, None, 2)), list(islice("abc", 5, 9)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
try:
    islice("abc", -1)
except ValueError as e:
    print("ValueError", e)
print(list(pairwise("abcd")), list(pairwise("a")))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
a, b = tee([1, 2, 3])
print(list(a), list(b), len(tee("x", 3)))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest()), list(zip_longest([1], [])))
print(list(product("ab", [1, 2])), list(product([0, 1], repeat=2)), list(product()), list(product("a", [])))
print(list(permutations("abc")), list(permutations(range(3), 2)), list(permutations([], 0)))
print(list(combinations("abcd", 2)), list(combinations(range(4), 3)), list(combinations("ab", 3)))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement([], 0)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))))
try:
    list(permutations("ab", -1))
except ValueError as e:
    print("ValueError", e)
for bad in (lambda: permutations("ab", -1), lambda: combinations("ab", -2), lambda: product("a", repeat=-1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
