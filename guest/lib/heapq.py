"""Heap queue: MicroPython's built-in heappush/heappop/heapify (the same sift algorithm as
CPython's, so heaps have the same layout) plus heappushpop, heapreplace, merge, nlargest,
nsmallest."""

from uheapq import heapify, heappush
from uheapq import heappop as _heappop

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest",
           "heappushpop"]


def heappop(heap):
    if isinstance(heap, list) and not heap:
        raise IndexError("index out of range")
    return _heappop(heap)


def _sift_to_leaf(heap, pos):
    # Move the smaller child up until a leaf is reached, then let the item rise to its place.
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    while pos > start:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def heapreplace(heap, item):
    if not isinstance(heap, list):
        raise TypeError("heap argument must be a list")
    if not heap:
        raise IndexError("index out of range")
    top = heap[0]
    heap[0] = item
    _sift_to_leaf(heap, 0)
    return top


def heappushpop(heap, item):
    if not isinstance(heap, list):
        raise TypeError("heap argument must be a list")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_to_leaf(heap, 0)
    return item


def merge(*iterables, key=None, reverse=False):
    """Lazily merge sorted inputs; equal items come in the order of their inputs."""
    heads = []
    for it in iterables:
        it = iter(it)
        for value in it:
            heads.append([value if key is None else key(value), value, it])
            break
    while heads:
        best = 0
        for i in range(1, len(heads)):
            if (heads[best][0] < heads[i][0]) if reverse else (heads[i][0] < heads[best][0]):
                best = i
        head = heads[best]
        yield head[1]
        for value in head[2]:
            head[0] = value if key is None else key(value)
            head[1] = value
            break
        else:
            del heads[best]


def nsmallest(n, iterable, key=None):
    """sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    items = list(iterable)
    keys = items if key is None else [key(x) for x in items]
    # The index makes the order stable and keeps items themselves out of comparisons.
    order = sorted(range(len(items)), key=lambda i: (keys[i], i))
    return [items[i] for i in order[:n]]


def nlargest(n, iterable, key=None):
    """sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    items = list(iterable)
    keys = items if key is None else [key(x) for x in items]
    order = sorted(range(len(items)), key=lambda i: (keys[i], -i), reverse=True)
    return [items[i] for i in order[:n]]
