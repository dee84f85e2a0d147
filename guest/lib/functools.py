"""Higher-order functions: reduce, partial, lru_cache, cache, wraps, cmp_to_key, total_ordering,
cached_property, singledispatch.

MicroPython functions take no attributes, so wraps/update_wrapper copy what they can and
otherwise return the wrapper unchanged, and the caches are callable objects (with cache_info,
cache_clear and __wrapped__) rather than functions.
"""

from collections import namedtuple as _namedtuple

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)

_MISSING = object()


def reduce(function, iterable, *initial):
    if len(initial) > 1:
        raise TypeError("reduce expected at most 3 arguments, got %d" % (2 + len(initial)))
    it = iter(iterable)
    if initial:
        value = initial[0]
    else:
        value = next(it, _MISSING)
        if value is _MISSING:
            raise TypeError("reduce() of empty iterable with no initial value")
    for element in it:
        value = function(value, element)
    return value


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        value = getattr(wrapped, attr, _MISSING)
        if value is not _MISSING:
            try:
                setattr(wrapper, attr, value)
            except (AttributeError, TypeError):
                pass
    try:
        wrapper.__wrapped__ = wrapped
    except (AttributeError, TypeError):
        pass
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


class partial:
    """partial(func, *args, **keywords): func with some arguments given in advance."""

    def __init__(self, func, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = dict(func.keywords, **keywords)
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        if self.keywords:
            keywords = dict(self.keywords, **keywords)
        return self.func(*self.args, *args, **keywords)

    def __get__(self, obj, objtype=None):
        # As in CPython: a partial stored on a class is not a method.
        return self

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend("%s=%r" % kv for kv in self.keywords.items())
        return "functools.partial(" + ", ".join(parts) + ")"


class partialmethod:
    """partialmethod(func, *args, **keywords): like partial, bound as a method."""

    def __init__(self, func, *args, **keywords):
        self.func = func
        self.args = args
        self.keywords = keywords

    def __get__(self, obj, objtype=None):
        if obj is None:
            return partial(self.func, *self.args, **self.keywords)
        return partial(self.func, obj, *self.args, **self.keywords)


CacheInfo = _namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_MISSING,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


class _CacheWrapper:
    """What lru_cache returns: call it like the function; cache_info(), cache_clear()."""

    def __init__(self, func, maxsize, typed):
        self.__wrapped__ = func
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._order = []  # keys, least recently used first (only when maxsize is set)
        self._hits = self._misses = 0
        update_wrapper(self, func)

    def __call__(self, *args, **kwds):
        key = _make_key(args, kwds, self._typed)
        cache = self._cache
        result = cache.get(key, _MISSING)
        if result is not _MISSING:
            self._hits += 1
            if self._maxsize is not None:
                order = self._order
                if order[-1] != key:
                    order.remove(key)
                    order.append(key)
            return result
        self._misses += 1
        result = self.__wrapped__(*args, **kwds)
        maxsize = self._maxsize
        if maxsize is None:
            cache[key] = result
        elif maxsize > 0:
            if key not in cache:
                if len(self._order) >= maxsize:
                    del cache[self._order.pop(0)]
                self._order.append(key)
            cache[key] = result
        return result

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return partial(self, obj)

    def cache_info(self):
        return CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        self._cache = {}
        self._order = []
        self._hits = self._misses = 0

    def cache_parameters(self):
        return {"maxsize": self._maxsize, "typed": self._typed}

    def __repr__(self):
        return "<functools._lru_cache_wrapper object at 0x%x>" % id(self)


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        return _CacheWrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _CacheWrapper(user_function, maxsize, typed)

    return decorating_function


def cache(user_function):
    return _CacheWrapper(user_function, None, False)


def cmp_to_key(mycmp):
    class K:
        __slots__ = ("obj",)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None

    return K


def total_ordering(cls):
    """Fill in the missing rich comparisons from __eq__ and one of < <= > >=."""
    base = [getattr(object, op, None) for op in ("__lt__", "__le__", "__gt__", "__ge__")]
    roots = [op for op, b in zip(("__lt__", "__le__", "__gt__", "__ge__"), base)
             if getattr(cls, op, None) not in (None, b)]
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = roots[0]

    def derive(combine):
        def method(self, other):
            r = getattr(self, root)(other)
            if r is NotImplemented:
                return r
            return combine(r, self, other)

        return method

    derived = {
        "__lt__": (("__gt__", lambda r, s, o: not r and s != o), ("__le__", lambda r, s, o: r or s == o),
                   ("__ge__", lambda r, s, o: not r)),
        "__le__": (("__ge__", lambda r, s, o: not r or s == o), ("__lt__", lambda r, s, o: r and s != o),
                   ("__gt__", lambda r, s, o: not r)),
        "__gt__": (("__lt__", lambda r, s, o: not r and s != o), ("__ge__", lambda r, s, o: r or s == o),
                   ("__le__", lambda r, s, o: not r)),
        "__ge__": (("__le__", lambda r, s, o: not r or s == o), ("__gt__", lambda r, s, o: r and s != o),
                   ("__lt__", lambda r, s, o: not r)),
    }
    for name, combine in derived[root]:
        if name not in roots:
            setattr(cls, name, derive(combine))
    return cls


class cached_property:
    """A property computed once per instance, then stored on the instance."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = getattr(func, "__doc__", None)

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names (%r and %r)."
                % (self.attrname, name)
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        # Stored as an instance attribute, which later lookups find before this (non-data)
        # descriptor; MicroPython's instance __dict__ is read-only.
        value = self.func(instance)
        setattr(instance, self.attrname, value)
        return value


def _bases_in_order(cls):
    # A linear order of cls and its bases, nearest first (MicroPython types have no __mro__).
    order = []
    todo = [cls]
    while todo:
        c = todo.pop(0)
        if c not in order:
            order.append(c)
            todo.extend(getattr(c, "__bases__", ()))
    if object in order:
        order.remove(object)
        order.append(object)
    return order


class _SingleDispatch:
    def __init__(self, func):
        self.registry = {object: func}
        self._default = func
        update_wrapper(self, func)

    def dispatch(self, cls):
        for c in _bases_in_order(cls):
            if c in self.registry:
                return self.registry[c]
        return self._default

    def register(self, cls, func=None):
        if func is None:
            if isinstance(cls, type):
                return lambda f: self.register(cls, f)
            ann = getattr(cls, "__annotations__", None)
            if not ann:
                raise TypeError(
                    "Invalid first argument to `register()`: %r. Use either `@register(some_class)` "
                    "or plain `@register` on an annotated function." % (cls,)
                )
            func = cls
            cls = list(ann.values())[0]
        self.registry[cls] = func
        return func

    def __call__(self, *args, **kw):
        if not args:
            raise TypeError("singledispatch function requires at least 1 positional argument")
        return self.dispatch(type(args[0]))(*args, **kw)


def singledispatch(func):
    return _SingleDispatch(func)


class singledispatchmethod:
    def __init__(self, func):
        self.dispatcher = _SingleDispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher

        def _method(*args, **kwargs):
            return dispatcher.dispatch(type(args[0]))(obj, *args, **kwargs)

        return _method
