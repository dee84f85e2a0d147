"""Iterator building blocks: every function of CPython 3.11's itertools."""


class count:
    """count(start=0, step=1): start, start+step, ..."""

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(v, "__add__"):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1 and not isinstance(self._step, float):
            return "count(%r)" % (self._n,)
        return "count(%r, %r)" % (self._n, self._step)


def cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


class repeat:
    """repeat(obj[, times])."""

    def __init__(self, object, times=None):
        self._obj = object
        self._times = None if times is None else max(times, 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __len__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return "repeat(%r)" % (self._obj,)
        return "repeat(%r, %d)" % (self._obj, self._times)


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


class chain:
    """chain(*iterables) and chain.from_iterable(iterable)."""

    def __init__(self, *iterables):
        self._its = iter(iterables)
        self._cur = None

    @classmethod
    def from_iterable(cls, iterables):
        c = cls()
        c._its = iter(iterables)
        return c

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._cur is None:
                self._cur = iter(next(self._its))
            try:
                return next(self._cur)
            except StopIteration:
                self._cur = None


def compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


class groupby:
    """groupby(iterable, key=None): (key, group iterator) for each run of equal keys."""

    _END = object()

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._pending = False  # an item was read that belongs to the next group
        self._item = self._k = None
        self._group = None

    def __iter__(self):
        return self

    def _read(self):
        item = next(self._it, groupby._END)
        if item is groupby._END:
            return False
        self._item = item
        self._k = item if self._keyfunc is None else self._keyfunc(item)
        return True

    def __next__(self):
        if self._group is not None:
            # Skip what is left of the current group.
            key = self._group_key
            while True:
                if not self._pending and not self._read():
                    self._group = None
                    raise StopIteration
                self._pending = True
                if not self._k == key:
                    break
                self._pending = False
        elif not self._pending:
            if not self._read():
                raise StopIteration
            self._pending = True
        self._group_key = key = self._k
        token = self._group = object()
        return key, self._members(key, token)

    def _members(self, key, token):
        while self._group is token:
            if not self._pending:
                if not self._read():
                    return
                self._pending = True
            if not self._k == key:
                return
            self._pending = False
            yield self._item


def _check_index(v, what):
    if v is None:
        return v
    if not isinstance(v, int) or v < 0:
        raise ValueError(
            "%s argument for islice() must be None or an integer: 0 <= x <= sys.maxsize." % what
        )
    return v


def islice(iterable, *args):
    if not 1 <= len(args) <= 3:
        raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1))
    if len(args) == 1:
        start, stop, step = None, args[0], None
    else:
        start, stop, step = (tuple(args) + (None,))[:3]
    start = _check_index(start, "Indices") or 0
    stop = _check_index(stop, "Stop")
    step = 1 if step is None else step
    if not isinstance(step, int) or step <= 0:
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iterable, start, stop, step)


def _islice(iterable, start, stop, step):
    if stop is not None and stop <= start:
        # Nothing to give; CPython still consumes the first `stop` items.
        for _ in zip(range(stop), iterable):
            pass
        return
    wanted = start
    for pos, element in enumerate(iterable):
        if pos == wanted:
            yield element
            wanted += step
        if stop is not None and pos + 1 >= stop:
            return


def pairwise(iterable):
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError("integer argument expected")
    if n < 0:
        raise ValueError("n must be >= 0")
    source = iter(iterable)
    queues = [_collections_deque() for _ in range(n)]

    def follower(queue):
        while True:
            if not queue:
                value = next(source, _MISSING)
                if value is _MISSING:
                    return
                for q in queues:
                    q.append(value)
            yield queue.popleft()

    return tuple(follower(q) for q in queues)


def _collections_deque():
    from collections import deque

    return deque()


_MISSING = object()


def zip_longest(*iterables, fillvalue=None):
    iterators = [iter(it) for it in iterables]
    left = len(iterators)
    while left:
        row = []
        for i in range(len(iterators)):
            it = iterators[i]
            value = fillvalue
            if it is not None:
                value = next(it, _MISSING)
                if value is _MISSING:
                    iterators[i] = None
                    left -= 1
                    value = fillvalue
            row.append(value)
        if not left:
            return
        yield tuple(row)


def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    return _product([tuple(p) for p in iterables] * repeat)


def _product(pools):
    for pool in pools:
        if not pool:
            return
    # An odometer over the pools, rightmost wheel fastest.
    wheel = [0] * len(pools)
    while True:
        yield tuple(pool[i] for pool, i in zip(pools, wheel))
        pos = len(pools) - 1
        while pos >= 0:
            wheel[pos] += 1
            if wheel[pos] < len(pools[pos]):
                break
            wheel[pos] = 0
            pos -= 1
        if pos < 0:
            return


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    _check_r(r)
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return

    def extend(chosen, rest):
        if len(chosen) == r:
            yield tuple(pool[i] for i in chosen)
            return
        for k in range(len(rest)):
            yield from extend(chosen + [rest[k]], rest[:k] + rest[k + 1:])

    yield from extend([], list(range(n)))


def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    _check_r(r)
    return _combinations(pool, n, r)


def _combinations(pool, n, r):
    def extend(chosen, first):
        if len(chosen) == r:
            yield tuple(pool[i] for i in chosen)
            return
        for i in range(first, n - (r - len(chosen)) + 1):
            yield from extend(chosen + [i], i + 1)

    if r <= n:
        yield from extend([], 0)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    _check_r(r)
    return _combinations_wr(pool, n, r)


def _combinations_wr(pool, n, r):
    def extend(chosen, first):
        if len(chosen) == r:
            yield tuple(pool[i] for i in chosen)
            return
        for i in range(first, n):
            yield from extend(chosen + [i], i)

    if n or not r:
        yield from extend([], 0)
