"""Data classes: @dataclass, field, fields, asdict, astuple, replace, is_dataclass, make_dataclass.

The fields come from the class's __annotations__ (in order), as in CPython; the generated methods
are closures over the field list instead of code compiled with exec, with CPython's reprs and
error messages.
"""

import sys

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING",
           "fields", "asdict", "astuple", "make_dataclass", "replace", "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    def __repr__(self):
        return "MISSING"


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    def __repr__(self):
        return "KW_ONLY"


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    def __init__(self, type):
        self.type = type

    def __repr__(self):
        t = self.type
        return "dataclasses.InitVar[%s]" % (t.__name__ if isinstance(t, type) else repr(t))

    def __class_getitem__(cls, type):
        return InitVar(type)


_FIELD = "_FIELD"
_FIELD_CLASSVAR = "_FIELD_CLASSVAR"
_FIELD_INITVAR = "_FIELD_INITVAR"
_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,"
                "compare=%r,metadata=%r,kw_only=%r,_field_type=%s)"
                % (self.name, self.type, self.default, self.default_factory, self.init, self.repr,
                   self.hash, self.compare, self.metadata, self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        # a Field whose default has __set_name__ passes it on, as CPython's does
        func = getattr(type(self.default), "__set_name__", None)
        if func is not None:
            func(self.default, owner, name)


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)"
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_type(tp, name):
    # typing.ClassVar / typing.ClassVar[int] / "ClassVar[int]" (without importing typing)
    if isinstance(tp, str):
        return tp.startswith(name) or tp.startswith("typing." + name)
    typing = sys.modules.get("typing")
    if typing is None:
        return False
    form = getattr(typing, name)
    return tp is form or getattr(tp, "_form", None) is form


def _get_field(cls, name, tp, kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = tp
    f._field_type = _FIELD
    if _is_type(tp, "ClassVar"):
        f._field_type = _FIELD_CLASSVAR
    elif tp is InitVar or isinstance(tp, InitVar) or (isinstance(tp, str) and tp.startswith("InitVar")):
        f._field_type = _FIELD_INITVAR
    if f._field_type != _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError("field %s cannot have a default factory" % name)
    if f._field_type == _FIELD or f._field_type == _FIELD_INITVAR:
        if f.kw_only is MISSING:
            f.kw_only = kw_only
    else:
        f.kw_only = False
    if f._field_type == _FIELD and isinstance(f.default, (list, dict, set, bytearray)):
        raise ValueError("mutable default %s for field %s is not allowed: use default_factory"
                         % (type(f.default), name))
    return f


def _names(names):
    names = ["'%s'" % n for n in names]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return names[0] + " and " + names[1]
    return ", ".join(names[:-1]) + ", and " + names[-1]


def _missing(qualname, names, kind):
    raise TypeError("%s.__init__() missing %d required %s argument%s: %s"
                    % (qualname, len(names), kind, "" if len(names) == 1 else "s", _names(names)))


def _make_init(cls, all_fields, frozen, has_post_init):
    init_fields = [f for f in all_fields if f.init and f._field_type != _FIELD_CLASSVAR]
    pos = [f for f in init_fields if not f.kw_only]
    kwo = [f for f in init_fields if f.kw_only]
    seen_default = False
    for f in pos:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError("non-default argument %r follows default argument" % f.name)
    names = {f.name for f in init_fields}
    set_fields = [f for f in all_fields if f._field_type == _FIELD]
    init_vars = [f for f in all_fields if f._field_type == _FIELD_INITVAR]
    qualname = cls.__qualname__
    setter = object.__setattr__ if frozen else setattr
    n_pos = len(pos)

    n_required = len([f for f in pos if f.default is MISSING and f.default_factory is MISSING])
    takes = "%d" % (n_pos + 1) if n_required == n_pos else "from %d to %d" % (n_required + 1, n_pos + 1)

    def __init__(self, *args, **kwargs):
        if len(args) > n_pos:
            raise TypeError("%s.__init__() takes %s positional argument%s but %d were given"
                            % (qualname, takes, "" if n_pos == 0 else "s", len(args) + 1))
        values = {}
        for i in range(len(args)):
            values[pos[i].name] = args[i]
        for k in kwargs:
            if k not in names:
                raise TypeError("%s.__init__() got an unexpected keyword argument '%s'" % (qualname, k))
            if k in values:
                raise TypeError("%s.__init__() got multiple values for argument '%s'" % (qualname, k))
            values[k] = kwargs[k]
        if len(values) < len(init_fields):
            for group, kind in ((pos, "positional"), (kwo, "keyword-only")):
                missing = [f.name for f in group if f.name not in values and f.default is MISSING
                           and f.default_factory is MISSING]
                if missing:
                    _missing(qualname, missing, kind)
        for f in set_fields:
            name = f.name
            if f.init and name in values:
                v = values[name]
            elif f.default_factory is not MISSING:
                v = f.default_factory()
            elif f.default is not MISSING:
                v = f.default
            else:
                continue
            setter(self, name, v)
        if has_post_init:
            self.__post_init__(*[values.get(f.name, f.default) for f in init_vars])

    return __init__


def _tuple(self, flds):
    return tuple([getattr(self, f.name) for f in flds])


def _set(cls, name, value):
    # adds a method unless the class defines it itself; True if added
    if name in cls.__dict__:
        return False
    setattr(cls, name, value)
    return True


def _frozen_methods(cls, names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot assign to field %r" % name)
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot delete field %r" % name)
        super(cls, self).__delattr__(name)

    for n, m in (("__setattr__", __setattr__), ("__delattr__", __delattr__)):
        if not _set(cls, n, m):
            raise TypeError("Cannot overwrite attribute %s in class %s" % (n, cls.__name__))


def _compare(flds, op):
    def method(self, other):
        if other.__class__ is self.__class__:
            return op(_tuple(self, flds), _tuple(other, flds))
        return NotImplemented
    return method


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    fields = {}
    order_names = []
    any_frozen_base = False
    has_dataclass_bases = False
    for b in reversed(cls.__mro__[1:]):
        base_fields = b.__dict__.get(_FIELDS)
        if base_fields is not None:
            has_dataclass_bases = True
            for name in b.__dict__["_dataclass_order"]:
                if name not in fields:
                    order_names.append(name)
                fields[name] = base_fields[name]
            if b.__dict__[_PARAMS].frozen:
                any_frozen_base = True

    ann = cls.__dict__.get("__annotations__", {})
    kw_mode = kw_only
    own = []
    for name in ann:
        tp = ann[name]
        if tp is KW_ONLY or (isinstance(tp, str) and tp in ("KW_ONLY", "dataclasses.KW_ONLY")):
            kw_mode = True
            continue
        f = _get_field(cls, name, tp, kw_mode)
        own.append(f)
        if name not in fields:
            order_names.append(name)
        fields[name] = f
    for f in own:
        # the class attribute is the default value (none for a field without one)
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name in cls.__dict__:
        if isinstance(cls.__dict__[name], Field) and name not in ann:
            raise TypeError("%r is a field but has no type annotation" % name)

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen and any(hasattr(b, _FIELDS) for b in cls.__mro__[1:]):
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    setattr(cls, _FIELDS, fields)
    setattr(cls, "_dataclass_order", order_names)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    all_fields = [fields[n] for n in order_names]
    real = [f for f in all_fields if f._field_type == _FIELD]

    if init:
        _set(cls, "__init__", _make_init(cls, all_fields, frozen, hasattr(cls, "__post_init__")))
    if repr:
        repr_fields = [f for f in real if f.repr]

        def __repr__(self):
            return (self.__class__.__qualname__ + "("
                    + ", ".join(["%s=%r" % (f.name, getattr(self, f.name)) for f in repr_fields]) + ")")
        _set(cls, "__repr__", __repr__)
    cmp_fields = [f for f in real if f.compare]
    if eq:
        _set(cls, "__eq__", _compare(cmp_fields, lambda a, b: a == b))
    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")
        for name, op in (("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
                         ("__gt__", lambda a, b: a > b), ("__ge__", lambda a, b: a >= b)):
            if not _set(cls, name, _compare(cmp_fields, op)):
                raise TypeError("Cannot overwrite attribute %s in class %s. Consider using "
                                "functools.total_ordering" % (name, cls.__name__))
    if frozen:
        _frozen_methods(cls, {f.name for f in real})

    # __hash__, by CPython's table (unsafe_hash, eq, frozen, an explicit __hash__)
    class_hash = cls.__dict__.get("__hash__", MISSING)
    explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in cls.__dict__))
    hash_fields = [f for f in real if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(_tuple(self, hash_fields))
    if unsafe_hash:
        if explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class %s" % cls.__name__)
        cls.__hash__ = __hash__
    elif eq and frozen:
        if not explicit_hash:
            cls.__hash__ = __hash__
    elif eq and not explicit_hash:
        cls.__hash__ = None

    if match_args:
        _set(cls, "__match_args__", tuple([f.name for f in all_fields if f.init and not f.kw_only
                                           and f._field_type != _FIELD_CLASSVAR]))
    if slots:
        _set(cls, "__slots__", tuple([f.name for f in real]))
    return cls


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        flds = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance")
    order = getattr(class_or_instance, "_dataclass_order")
    return tuple([flds[n] for n in order if flds[n]._field_type == _FIELD])


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_dataclass_instance(obj):
    return not isinstance(obj, type) and hasattr(type(obj), _FIELDS)


_ATOMS = (type(None), bool, int, float, str, bytes, complex)


def _convert(obj, factory, as_dict):
    if isinstance(obj, _ATOMS):
        return obj
    if _is_dataclass_instance(obj):
        if as_dict:
            return factory([(f.name, _convert(getattr(obj, f.name), factory, True)) for f in fields(obj)])
        return factory([_convert(getattr(obj, f.name), factory, False) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_convert(v, factory, as_dict) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, factory, as_dict) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, factory, as_dict), _convert(v, factory, as_dict)) for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(obj, tuple_factory, False)


def replace(obj, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    flds = getattr(obj, _FIELDS)
    for name in getattr(obj, "_dataclass_order"):
        f = flds[name]
        if f._field_type == _FIELD_CLASSVAR:
            continue
        if not f.init:
            if name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be specified with replace()"
                                 % name)
            continue
        if name not in changes:
            if f._field_type == _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % name)
            changes[name] = getattr(obj, name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False):
    ns = dict(namespace or {})
    ann = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            ns[name] = spec
        if name in ann:
            raise TypeError("Field name duplicated: %r" % name)
        ann[name] = tp
    ns["__annotations__"] = ann
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots)
