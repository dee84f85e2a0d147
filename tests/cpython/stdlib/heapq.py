# heapq: heappush/heappop, heapify, nlargest, nsmallest, merge, heappushpop, heapreplace (issue 14).
## case push-pop
import heapq
h = []
for v in [5, 1, 8, 3, 2]:
    heapq.heappush(h, v)
print([heapq.heappop(h) for _ in range(5)])
## case heapify
import heapq
h = [9, 4, 7, 1, 8]
heapq.heapify(h)
print(h[0], sorted(h))
## case nlargest-nsmallest
import heapq
data = [7, 2, 9, 4, 1, 8]
print(heapq.nlargest(3, data), heapq.nsmallest(2, data), heapq.nlargest(2, ["aa", "b", "ccc"], key=len))
## case nlargest-dicts
import heapq
rows = [{"n": "a", "s": 3}, {"n": "b", "s": 9}, {"n": "c", "s": 5}]
print(heapq.nsmallest(2, rows, key=lambda r: r["s"]))
## case merge
import heapq
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge(["b", "aa"], ["c"], key=len)), list(heapq.merge([3, 1], [4, 2], reverse=True)))
## case pushpop-replace
import heapq
h = [1, 3, 5]
print(heapq.heappushpop(h, 0), h, heapq.heappushpop(h, 4), h, heapq.heapreplace(h, 0), h)
## case tuples-priority-queue
import heapq
pq = []
for prio, task in [(2, "write"), (1, "read"), (3, "sleep"), (1, "eat")]:
    heapq.heappush(pq, (prio, task))
print([heapq.heappop(pq)[1] for _ in range(len(pq))])
## case empty-pop-error
import heapq
try:
    heapq.heappop([])
except IndexError as e:
    print(type(e).__name__, e)
