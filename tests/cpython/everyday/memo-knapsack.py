from functools import lru_cache, reduce
from itertools import combinations

items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)]

def knapsack(cap: int):
    @lru_cache(maxsize=None)
    def best(i: int, room: int):
        if i == len(items):
            return 0, ()
        skip = best(i + 1, room)
        name, w, v = items[i]
        if w <= room:
            val, chosen = best(i + 1, room - w)
            if val + v > skip[0]:
                return val + v, (name,) + chosen
        return skip
    return best(0, cap)

value, chosen = knapsack(200)
print(value, chosen)
brute = max((sum(v for _, _, v in c), tuple(n for n, _, _ in c))
            for k in range(len(items) + 1) for c in combinations(items, k)
            if sum(w for _, w, _ in c) <= 200)
print(brute)
print(reduce(lambda a, it: a + it[1], items, 0), sorted(items, key=lambda it: it[2] / it[1], reverse=True)[0][0])
