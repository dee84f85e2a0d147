"""Container datatypes: Counter, defaultdict, OrderedDict, namedtuple, deque, ChainMap.

Extends MicroPython's built-in collections module (reached as `ucollections`): its OrderedDict (a
dict: dicts keep insertion order) backs OrderedDict; the rest is written here with CPython 3.11's behaviour.
"""

from ucollections import OrderedDict as _OrderedDict

__all__ = ["ChainMap", "Counter", "OrderedDict", "defaultdict", "deque", "namedtuple"]

_KEYWORDS = frozenset(
    "False None True and as assert async await break class continue def del elif else except "
    "finally for from global if import in is lambda nonlocal not or pass raise return try while "
    "with yield".split()
)


def _isidentifier(s):
    if not s or not (s[0].isalpha() or s[0] == "_" or ord(s[0]) > 127):
        return False
    for c in s:
        if not (c.isalpha() or c.isdigit() or c == "_" or ord(c) > 127):
            return False
    return True


def _repr_items(items):
    return ", ".join(repr(k) + ": " + repr(v) for k, v in items)


# ---- OrderedDict ---------------------------------------------------------------------------


class OrderedDict(_OrderedDict):
    """A dict that remembers insertion order, with move_to_end and popitem(last=)."""

    def move_to_end(self, key, last=True):
        value = self.pop(key)
        if last:
            self[key] = value
        else:
            rest = list(self.items())
            self.clear()
            self[key] = value
            for k, v in rest:
                self[k] = v

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        if last:
            return super().popitem()
        key = next(iter(self))
        return key, self.pop(key)

    def copy(self):
        return self.__class__(self.items())

    def __copy__(self):
        return self.copy()

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self.items()) == list(other.items())
        if isinstance(other, dict):
            return dict(self.items()) == other
        return NotImplemented

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return name + "()"
        return name + "(" + repr(list(self.items())) + ")"

    __str__ = __repr__

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for k in iterable:
            d[k] = value
        return d


# ---- defaultdict ---------------------------------------------------------------------------


class defaultdict(dict):
    """dict whose missing keys get default_factory() (and are stored)."""

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __getitem__(self, key):
        try:
            return super().__getitem__(key)
        except KeyError:
            return self.__missing__(key)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        return type(self)(self.default_factory, self.items())

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __repr__(self):
        return "%s(%r, {%s})" % (type(self).__name__, self.default_factory, _repr_items(self.items()))

    __str__ = __repr__


# ---- Counter ---------------------------------------------------------------------------------


class Counter(dict):
    """dict of counts: missing keys count 0."""

    def __init__(self, iterable=None, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __getitem__(self, key):
        try:
            return super().__getitem__(key)
        except KeyError:
            return 0

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        # Ties keep insertion order, as CPython's stable sort does.
        items = list(self.items())
        order = sorted(range(len(items)), key=lambda i: (-items[i][1], i))
        if n is not None:
            order = order[: max(n, 0)]
        return [items[i] for i in order]

    def elements(self):
        for elem, count in list(self.items()):
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = count + self.get(elem, 0)
            else:
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def __delitem__(self, elem):
        if elem in self:
            super().__delitem__(elem)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __repr__(self):
        if not self:
            return type(self).__name__ + "()"
        return "%s({%s})" % (type(self).__name__, _repr_items(self.most_common()))

    __str__ = __repr__

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, c in self.items() if not c > 0]:
            super().__delitem__(elem)
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            if other_count > self[elem]:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in list(self.items()):
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


# ---- namedtuple ------------------------------------------------------------------------------


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A tuple subclass with named fields, _make, _replace, _asdict, _fields, _field_defaults."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = [str(f) for f in field_names]
    typename = str(typename)
    if rename:
        seen = set()
        for i, name in enumerate(field_names):
            if not _isidentifier(name) or name in _KEYWORDS or name.startswith("_") or name in seen:
                field_names[i] = "_%d" % i
            seen.add(name)
    for name in [typename] + field_names:
        if not _isidentifier(name):
            raise ValueError("Type names and field names must be valid identifiers: %r" % name)
        if name in _KEYWORDS:
            raise ValueError("Type names and field names cannot be a keyword: %r" % name)
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: %r" % name)
        if name in seen:
            raise ValueError("Encountered duplicate field name: %r" % name)
        seen.add(name)

    fields = tuple(field_names)
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError("Got more default values than field names")
    field_defaults = dict(zip(fields[len(fields) - len(defaults or ()):], defaults or ()))

    # __init__ is generated so that its signature (positional, keyword, defaults) is CPython's.
    params = []
    for i, name in enumerate(fields):
        if name in field_defaults:
            params.append("%s=_d[%d]" % (name, i - (len(fields) - len(defaults))))
        else:
            params.append(name)
    ns = {"_d": defaults}
    src = "def __init__(self%s):\n    _init(self, (%s))\n" % (
        "".join(", " + p for p in params),
        "".join(n + ", " for n in fields),
    )
    exec(src, ns)
    cls = None

    def _init(self, values):
        super(cls, self).__init__(values)

    ns["_init"] = _init

    def __repr__(self):
        return typename + "(" + ", ".join(n + "=" + repr(v) for n, v in zip(fields, self)) + ")"

    def _make(klass, iterable):
        values = tuple(iterable)
        if len(values) != len(fields):
            raise TypeError("Expected %d arguments, got %d" % (len(fields), len(values)))
        return klass(*values)

    def _replace(self, **kwds):
        values = [kwds.pop(n, v) for n, v in zip(fields, self)]
        if kwds:
            raise ValueError("Got unexpected field names: %r" % list(kwds))
        return type(self)(*values)

    def _asdict(self):
        return dict(zip(fields, self))

    def __getnewargs__(self):
        return tuple(self)

    # MicroPython's tuple + does not know tuple subclasses: concatenate as plain tuples.
    def __add__(self, other):
        return tuple(self) + tuple(other) if isinstance(other, tuple) else NotImplemented

    def __radd__(self, other):
        return tuple(other) + tuple(self) if isinstance(other, tuple) else NotImplemented

    body = {
        "__init__": ns["__init__"],
        "__repr__": __repr__,
        "__str__": __repr__,
        "_make": classmethod(_make),
        "_replace": _replace,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__add__": __add__,
        "__radd__": __radd__,
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__match_args__": fields,
        "__module__": module or "__main__",
    }
    for i, name in enumerate(fields):
        body[name] = property(lambda self, i=i: self[i])
    cls = type(typename, (tuple,), body)
    return cls


# ---- deque ---------------------------------------------------------------------------------


class deque:
    """Double-ended queue: O(1) appends and pops at both ends, optional maxlen, indexing."""

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        # Items live in self._l[self._h:]; the free slots before _h make appendleft O(1).
        self._l = []
        self._h = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def __len__(self):
        return len(self._l) - self._h

    def __bool__(self):
        return len(self._l) > self._h

    def _full(self):
        return self._maxlen is not None and len(self._l) - self._h >= self._maxlen

    def append(self, x):
        if self._maxlen == 0:
            return
        if self._full():
            self.popleft()
        self._l.append(x)

    def appendleft(self, x):
        if self._maxlen == 0:
            return
        if self._full():
            self.pop()
        if self._h == 0:
            n = len(self._l) + 8
            self._l = [None] * n + self._l
            self._h = n
        self._h -= 1
        self._l[self._h] = x

    def pop(self):
        if len(self._l) <= self._h:
            raise IndexError("pop from an empty deque")
        x = self._l.pop()
        if len(self._l) == self._h:
            self._l = []
            self._h = 0
        return x

    def popleft(self):
        h = self._h
        if len(self._l) <= h:
            raise IndexError("pop from an empty deque")
        x = self._l[h]
        self._l[h] = None
        h += 1
        if h == len(self._l):
            self._l = []
            h = 0
        elif h > 16 and h * 2 > len(self._l):
            self._l = self._l[h:]
            h = 0
        self._h = h
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._l = []
        self._h = 0

    def copy(self):
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, x):
        n = 0
        for y in self:
            if y is x or y == x:
                n += 1
        return n

    def _items(self):
        return self._l[self._h:]

    def index(self, x, start=0, stop=None):
        items = self._items()
        n = len(items)
        if stop is None:
            stop = n
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop += n
        for i in range(start, min(stop, n)):
            if items[i] is x or items[i] == x:
                return i
        raise ValueError("%r is not in deque" % (x,))

    def insert(self, i, x):
        if self._full():
            raise IndexError("deque already at its maximum size")
        items = self._items()
        items.insert(i, x)
        self._l = items
        self._h = 0

    def remove(self, value):
        items = self._items()
        for i in range(len(items)):
            if items[i] is value or items[i] == value:
                del items[i]
                self._l = items
                self._h = 0
                return
        raise ValueError("deque.remove(x): x not in deque")

    def reverse(self):
        items = self._items()
        items.reverse()
        self._l = items
        self._h = 0

    def rotate(self, n=1):
        length = len(self)
        if length <= 1:
            return
        n %= length
        if n:
            items = self._items()
            self._l = items[-n:] + items[:-n]
            self._h = 0

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__)
        n = len(self._l) - self._h
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("deque index out of range")
        return self._h + i

    def __getitem__(self, i):
        return self._l[self._index(i)]

    def __setitem__(self, i, x):
        self._l[self._index(i)] = x

    def __delitem__(self, i):
        del self._l[self._index(i)]

    def __iter__(self):
        l = self._l
        for i in range(self._h, len(l)):
            yield l[i]

    def __reversed__(self):
        l = self._l
        for i in range(len(l) - 1, self._h - 1, -1):
            yield l[i]

    def __contains__(self, x):
        for y in self:
            if y is x or y == x:
                return True
        return False

    def __repr__(self):
        r = "deque(" + repr(self._items())
        if self._maxlen is not None:
            r += ", maxlen=%d" % self._maxlen
        return r + ")"

    def _cmp_items(self, other):
        if not isinstance(other, deque):
            return None
        return self._items(), other._items()

    def __eq__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] == p[1]

    def __ne__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] != p[1]

    def __lt__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] < p[1]

    def __le__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] <= p[1]

    def __gt__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] > p[1]

    def __ge__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] >= p[1]

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return type(self)(self._items() * n, self._maxlen)

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._items() * n
        self.clear()
        self.extend(items)
        return self


# ---- ChainMap ------------------------------------------------------------------------------


class ChainMap:
    """Several mappings searched in order as one; writes go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        keys = set()
        for m in self.maps:
            keys.update(m)
        return len(keys)

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for k in mapping:
                d[k] = None
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def keys(self):
        return list(self)

    def values(self):
        return [self[k] for k in self]

    def items(self):
        return [(k, self[k]) for k in self]

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join(repr(m) for m in self.maps))

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,))

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.")

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,))

    def clear(self):
        self.maps[0].clear()

    def update(self, other=(), **kwds):
        self.maps[0].update(other, **kwds)

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def __eq__(self, other):
        if isinstance(other, ChainMap):
            other = dict(other.items())
        return dict(self.items()) == other

    def __or__(self, other):
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ior__(self, other):
        self.maps[0].update(other)
        return self
