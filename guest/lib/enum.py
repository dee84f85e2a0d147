"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique (CPython 3.11's behaviour).

EnumType is a metaclass: the class body's plain values become the members (singleton instances
of the class, in definition order), and the class itself is iterable, sized, subscriptable by
name and callable by value. Members with a mixed-in type (int, str) are made by that type.
"""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum", "auto",
           "unique", "global_enum_repr"]

_auto_null = object()


class auto:
    """The value is chosen by _generate_next_value_ (1, 2, 3 ...; 1, 2, 4 ... for flags)."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_descriptor(value):
    if isinstance(value, (classmethod, staticmethod, property, type)):
        return True
    if type(value).__name__ in ("function", "closure", "bound_method"):
        return True
    t = type(value)
    return hasattr(t, "__get__") or hasattr(t, "__set__") or hasattr(t, "__delete__")


def _enum_bases(bases):
    return [b for b in bases if isinstance(b, EnumType)]


def _member_type(bases):
    # the first non-enum type in the bases' MROs that has its own layout (int, str, float ...)
    for base in bases:
        for c in base.__mro__:
            if c is object or isinstance(c, EnumType):
                continue
            return c
    return object


class EnumType(type):
    def __new__(mcls, name, bases, ns, boundary=None, **kwds):
        ignore = ns.get("_ignore_", [])
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        names = []
        for key in ns:
            if key in ignore or key == "_ignore_" or _is_dunder(key) or _is_sunder(key):
                continue
            if key.startswith("__"):
                continue  # a private name
            if _is_descriptor(ns[key]):
                continue
            names.append(key)
        values = {}
        for key in names:
            values[key] = ns.pop(key)
        for key in ignore:
            ns.pop(key, None)
        cls = super().__new__(mcls, name, bases, ns, **kwds)
        enum_bases = _enum_bases(bases)
        for base in enum_bases:
            if base._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (name, base))
        member_type = _member_type(bases)
        cls._member_type_ = member_type
        cls._member_names_ = []
        cls._member_map_ = {}
        cls._all_names_ = []
        cls._value2member_map_ = {}
        cls._unhashable_values_ = []
        cls._boundary_ = boundary
        # a mixed-in type's __repr__/__str__/__format__ do not hide Enum's: the enum bases' own
        # are copied onto the class (as CPython's EnumType does)
        if member_type is not object:
            for meth in ("__repr__", "__str__", "__format__"):
                if meth in ns:
                    continue
                for base in enum_bases:
                    found = None
                    for c in base.__mro__:
                        if isinstance(c, EnumType) and meth in c.__dict__:
                            found = c.__dict__[meth]
                            break
                    if found is not None:
                        setattr(cls, meth, found)
                        break
        last_values = []
        for key in names:
            value = values[key]
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = cls._generate_next_value_(key, 1, len(cls._member_names_), last_values[:])
                value = value.value
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            existing = cls._lookup(value)
            if existing is not None:
                cls._member_map_[key] = existing
                cls._all_names_.append(key)
                setattr(cls, key, existing)
                continue
            # made as the class's instances are (the mixed-in type's __new__, then __init__), not
            # through EnumType.__call__, which looks members up
            member = type.__call__(cls, *args)
            if not hasattr(member, "_value_"):
                member._value_ = value if member_type is object else (args[0] if len(args) == 1 else value)
            member._name_ = key
            value = member._value_
            # a multi-bit flag with a name is an alias of its bits, not iterated
            if not (isinstance(cls, FlagType) and isinstance(value, int) and value & (value - 1)):
                cls._member_names_.append(key)
            cls._member_map_[key] = member
            cls._all_names_.append(key)
            try:
                cls._value2member_map_[value] = member
            except TypeError:
                cls._unhashable_values_.append(member)
            setattr(cls, key, member)
            last_values.append(value)
        if isinstance(cls, FlagType):
            flag_mask = 0
            for key in cls._member_names_:
                flag_mask |= cls._member_map_[key]._value_
            all_bits = 0
            for m in cls._member_map_.values():
                all_bits |= m._value_
            cls._flag_mask_ = flag_mask
            cls._all_bits_ = all_bits
        return cls

    def _lookup(cls, value):
        try:
            return cls._value2member_map_.get(value)
        except TypeError:
            for m in cls._unhashable_values_:
                if m._value_ == value:
                    return m
        return None

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is not None:
            return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start,
                                boundary=boundary)
        if isinstance(value, cls):
            return value
        member = cls._lookup(value)
        if member is not None:
            return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                        % (cls.__name__, result))

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        ns = {}
        if isinstance(names, dict):
            for k in names:
                ns[k] = names[k]
        else:
            for i, item in enumerate(names):
                if isinstance(item, str):
                    ns[item] = auto() if cls._generate_next_value_ is not Enum._generate_next_value_ else start + i
                else:
                    ns[item[0]] = item[1]
        bases = (cls,) if type is None else (type, cls)
        return cls.__class__(class_name, bases, ns, boundary=boundary)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return iter([cls._member_map_[name] for name in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[name] for name in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__name__, type(cls).__name__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    @property
    def __members__(cls):
        return {name: cls._member_map_[name] for name in cls._all_names_}

    def __repr__(cls):
        return "<%s %r>" % ("flag" if isinstance(cls, FlagType) else "enum", cls.__name__)


EnumMeta = EnumType


class FlagType(EnumType):
    """The metaclass of Flag and IntFlag: multi-bit members are aliases, repr says "flag"."""


class Enum(metaclass=EnumType):
    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class ReprEnum(Enum):
    """Only repr() shows the enum: str() and format() are the mixed-in type's."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


class IntEnum(int, ReprEnum):
    pass


class StrEnum(str, ReprEnum):
    def __init__(self, *args):
        if not isinstance(self._value_ if hasattr(self, "_value_") else args[0], str):
            raise TypeError("%r is not a string" % (args[0],))

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _bits(value):
    # the single bits of value, lowest first
    out = []
    bit = 1
    while bit <= value:
        if value & bit:
            out.append(bit)
        bit <<= 1
    return out


class Flag(Enum, metaclass=FlagType):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        high = max(last_values)
        bit = 1
        while bit <= high:
            bit <<= 1
        return bit

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        all_bits = cls._all_bits_
        keep = issubclass(cls, int)
        if value < 0:
            value = (all_bits + 1 + value) & all_bits if not keep else value
        if value & ~all_bits and not keep:
            raise ValueError("%r invalid value %r" % (cls, value))
        pseudo = type.__call__(cls, value) if cls._member_type_ is not object else type.__call__(cls)
        pseudo._value_ = value
        names = [m._name_ for m in cls if m._value_ & value]
        extra = value & ~cls._flag_mask_
        if extra:
            names.append(hex(extra) if extra > 9 else str(extra))
        pseudo._name_ = "|".join(names) if names else None
        try:
            cls._value2member_map_[value] = pseudo
        except TypeError:
            pass
        return pseudo

    def __repr__(self):
        if self._name_ is None:
            return "<%s: %r>" % (self.__class__.__name__, self._value_)
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__name__, self.__class__.__name__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter([m for m in self.__class__ if m._value_ & self._value_])

    def __len__(self):
        return len(_bits(self._value_ & self._flag_mask_))

    def __bool__(self):
        return bool(self._value_)

    def _other(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if isinstance(other, int) and issubclass(self.__class__, int):
            return int(other)
        return None

    def __or__(self, other):
        v = self._other(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self._flag_mask_ & ~self._value_)


class IntFlag(int, ReprEnum, Flag, boundary=None):
    # int comes first in the bases: Flag's operators and container methods are the members' own
    __repr__ = Flag.__repr__
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__
    __contains__ = Flag.__contains__
    __iter__ = Flag.__iter__
    __len__ = Flag.__len__


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        raise ValueError("duplicate values found in %r: %s"
                         % (enumeration, ", ".join(["%s -> %s" % d for d in duplicates])))
    return enumeration


def global_enum_repr(self):
    return "%s.%s" % (self.__class__.__module__, self._name_)
