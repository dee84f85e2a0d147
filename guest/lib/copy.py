"""Shallow and deep copies: copy(x), deepcopy(x, memo), with __copy__ / __deepcopy__."""


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range, type(len), type(lambda: 0), type(Ellipsis),
           type(NotImplemented))


def _new_like(x):
    cls = type(x)
    try:
        obj = object.__new__(cls)
    except TypeError:
        raise Error("un(shallow)copyable object of type %s" % cls)
    return obj


def _copy_state(src, dst, transform):
    state = getattr(src, "__getstate__", None)
    if state is not None:
        value = state()
        setstate = getattr(dst, "__setstate__", None)
        if setstate is not None:
            setstate(transform(value))
            return
        if isinstance(value, dict):
            for k, v in value.items():
                setattr(dst, k, transform(v))
            return
    for k, v in src.__dict__.items():
        setattr(dst, k, transform(v))


def copy(x):
    cls = type(x)
    if isinstance(x, _ATOMIC) or cls is frozenset or cls is tuple:
        return x
    if cls in (list, dict, set, bytearray):
        return cls(x)
    method = getattr(cls, "__copy__", None)
    if method is not None:
        return method(x)
    if isinstance(x, (list, dict, set)):
        # A subclass: rebuild it with the same contents and attributes.
        return _rebuild(x, cls, lambda v: v)
    if isinstance(x, tuple):
        return x
    new = _new_like(x)
    _copy_state(x, new, lambda v: v)
    return new


def _rebuild(x, cls, transform):
    if isinstance(x, dict):
        new = cls()
        for k, v in x.items():
            new[transform(k)] = transform(v)
    else:
        new = cls()
        for v in x:
            (new.append if isinstance(x, list) else new.add)(transform(v))
    for k, v in x.__dict__.items():
        setattr(new, k, transform(v))
    return new


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    key = id(x)
    found = memo.get(key, _nil)
    if found is not _nil:
        return found
    cls = type(x)
    if isinstance(x, _ATOMIC) or cls is frozenset and all(isinstance(v, _ATOMIC) for v in x):
        return x
    method = getattr(cls, "__deepcopy__", None)
    if method is not None:
        y = method(x, memo)
    elif cls is list:
        y = []
        memo[key] = y
        for v in x:
            y.append(deepcopy(v, memo))
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(v, memo) for v in x]
        # A tuple of the very same objects is kept (CPython does the same).
        if key in memo:
            return memo[key]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls in (set, frozenset):
        y = cls(deepcopy(v, memo) for v in x)
    elif cls is bytearray:
        y = bytearray(x)
    elif isinstance(x, (list, dict, set)):
        y = _rebuild(x, cls, lambda v: deepcopy(v, memo))
    elif isinstance(x, tuple):
        # namedtuple and other tuple subclasses: rebuild from the copied fields.
        y = cls(*[deepcopy(v, memo) for v in x])
    else:
        y = _new_like(x)
        memo[key] = y
        _copy_state(x, y, lambda v: deepcopy(v, memo))
    memo[key] = y
    # Keep x alive while memo is in use, so its id is not reused (as CPython does).
    memo.setdefault(id(memo), []).append(x)
    return y
