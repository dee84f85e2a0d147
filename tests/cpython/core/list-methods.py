# list methods with CPython's arguments and errors (index/count/remove/insert/pop, * and +=,
# comparisons).
## case index-start-end
a = [1, 2, 3, 2, 1, 2]
print(a.index(2), a.index(2, 2), a.index(2, -3), a.index(1, 1, 5), a.index(2, -100), a.index(2, 2, 100))
for args in [(5,), (2, 4, 5), (1, 10), (3, -2)]:
    try:
        a.index(*args)
    except ValueError as e:
        print("ValueError", e)
## case index-big-bounds
a = [0, 1, 2]
print(a.index(2, -10**20), a.index(0, 0, 10**20))
## case count-and-eq
print([1, 1.0, True, 2].count(1), [[1], [1], (1,)].count([1]), [].count(None), ["a", "b", "a"].count("a"))
## case remove-errors
a = [3, 1, 3]
a.remove(3)
print(a)
try:
    a.remove(7)
except ValueError as e:
    print("ValueError", e)
## case insert-positions
a = [1, 2, 3]
a.insert(100, "end"); a.insert(-100, "start"); a.insert(-1, "before-last"); a.insert(1, "one")
print(a)
try:
    a.insert(10**30, "huge")
except OverflowError:
    print("OverflowError")
## case pop-errors
a = [1, 2, 3]
print(a.pop(), a.pop(0), a)
for args in [(5,), (-5,)]:
    try:
        a.pop(*args)
    except IndexError as e:
        print("IndexError", e)
a.pop()
try:
    a.pop()
except IndexError as e:
    print("IndexError", e)
## case repeat
a = [1, 2]
print(a * 3, 3 * a, a * 0, a * -1, [] * 5, [[0]] * 2, a * True)
b = a
b *= 2
print(a, b is a)
try:
    a * 1.5
except TypeError as e:
    print("TypeError", e)
## case copy-clear
a = [1, [2]]
c = a.copy()
c[1].append(3)
a.clear()
print(a, c, c is not a)
## case iadd-iterables
a = [1]
a += (2, 3)
a += "ab"
a += range(2)
a += {"k": 1}
a += (x * x for x in range(3))
print(a)
try:
    a += 5
except TypeError as e:
    print("TypeError", e)
try:
    a + (1,)
except TypeError as e:
    print("TypeError", e)
## case extend-and-append
a = [1]
a.extend(a)
a.extend(iter([9]))
a.append(a[:])
print(a)
## case comparisons-lexicographic
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9, 9], [] < [0], [1, "a"] == [1, "a"], [1, 2] <= [1, 2], [3] >= [3, 0])
print([1, [2, 3]] < [1, [2, 4]], [1.0, 2] == [1, 2.0], [float("nan")] == [float("nan")])
## case comparisons-mixed-types
for x, y in [([1, 2], [1, "a"]), ([1], ["a"]), (["a"], [1]), ([None], [None, 1]), ([1, None], [1, 2])]:
    try:
        print(x < y)
    except TypeError as e:
        print("TypeError", e)
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError", e)
## case reverse-and-len
a = list(range(7))
a.reverse()
print(a, len(a), list(reversed(a)))
## case list-constructor
print(list(), list("abc"), list((1, 2)), list({1: 2}), list(range(3)), list(x for x in [4, 5]))
try:
    list(1)
except TypeError as e:
    print("TypeError", e)
## case methods-keyword-errors
try:
    [1].index(1, start=0)
except TypeError:
    print("TypeError")
try:
    [].sort(lambda x: x)
except TypeError:
    print("TypeError")
