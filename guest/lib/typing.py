"""Type hints (CPython's typing, for programs that import it).

Nothing here checks types, as in CPython: the names exist, generics are subscriptable, and the
few that do something at run time (cast, NewType, NamedTuple, TypedDict, TypeVar, overload,
get_origin/get_args) behave as CPython's do.
"""

import collections as _collections

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        mod = getattr(obj, "__module__", "builtins")
        return obj.__name__ if mod == "builtins" else mod + "." + obj.__name__
    if obj is ...:
        return "..."
    if obj is None or obj is type(None):
        return "None"
    if isinstance(obj, list):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    return repr(obj)


class _Form:
    """A special typing object (Any, List, Optional ...); subscripting gives an _Alias."""

    def __init__(self, name, origin=None, nparams=-1):
        self._name = name
        self.__origin__ = origin
        self._nparams = nparams

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        name = self._name
        if name in ("Optional", "Union"):
            if name == "Optional":
                if len(params) != 1:
                    raise TypeError("typing.Optional requires a single type. Got %r." % (params,))
                params = (params[0], type(None))
            flat = []
            for p in params:
                p = type(None) if p is None else p
                args = p.__args__ if isinstance(p, _Alias) and p._form is Union else (p,)
                for a in args:
                    if a not in flat:
                        flat.append(a)
            if len(flat) == 1:
                return flat[0]
            return _Alias(Union, tuple(flat))
        if self._nparams >= 0 and len(params) != self._nparams and name != "Tuple":
            raise TypeError(
                "Too %s arguments for typing.%s; actual %d, expected %d"
                % ("many" if len(params) > self._nparams else "few", name, len(params), self._nparams)
            )
        return _Alias(self, params)

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if origin is None:
            raise TypeError("Cannot instantiate typing." + self._name)
        if origin in (list, dict, set, frozenset, tuple, type):
            raise TypeError(
                "Type %s cannot be instantiated; use %s() instead" % (self._name, origin.__name__)
            )
        return origin(*args, **kwargs)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _Alias:
    """A subscripted generic such as List[int]: __origin__ and __args__ as in CPython."""

    def __init__(self, form, args):
        self._form = form
        self.__origin__ = form.__origin__ if isinstance(form, _Form) else form
        self.__args__ = args

    def __repr__(self):
        form = self._form
        args = self.__args__
        if form is Union:
            if len(args) == 2 and type(None) in args:
                other = args[0] if args[1] is type(None) else args[1]
                return "typing.Optional[" + _type_repr(other) + "]"
        if form is Callable and len(args) == 2:
            return "typing.Callable[" + _type_repr(args[0]) + ", " + _type_repr(args[1]) + "]"
        if form is Tuple and args == ():
            return "typing.Tuple[()]"
        return _type_repr(form) + "[" + ", ".join(_type_repr(a) for a in args) + "]"

    def __eq__(self, other):
        if not isinstance(other, _Alias):
            return NotImplemented
        if self._form is Union and other._form is Union:
            return set(self.__args__) == set(other.__args__)
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, params):
        # Substitute type variables: Dict[str, T][int] -> Dict[str, int].
        if not isinstance(params, tuple):
            params = (params,)
        tvars = [a for a in self.__args__ if isinstance(a, TypeVar)]
        subst = dict(zip(tvars, params))
        return _Alias(self._form, tuple(subst.get(a, a) if isinstance(a, TypeVar) else a for a in self.__args__))

    def __call__(self, *args, **kwargs):
        return self._form(*args, **kwargs)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


Any = _Form("Any")
NoReturn = _Form("NoReturn")
Never = _Form("Never")
Self = _Form("Self")
LiteralString = _Form("LiteralString")
ClassVar = _Form("ClassVar", None, 1)
Final = _Form("Final", None, 1)
Union = _Form("Union")
Optional = _Form("Optional")
Literal = _Form("Literal")
Annotated = _Form("Annotated")
TypeGuard = _Form("TypeGuard", None, 1)
Concatenate = _Form("Concatenate")
Required = _Form("Required", None, 1)
NotRequired = _Form("NotRequired", None, 1)
Unpack = _Form("Unpack", None, 1)

List = _Form("List", list, 1)
Dict = _Form("Dict", dict, 2)
Set = _Form("Set", set, 1)
FrozenSet = _Form("FrozenSet", frozenset, 1)
Tuple = _Form("Tuple", tuple)
Type = _Form("Type", type, 1)
Callable = _Form("Callable")
DefaultDict = _Form("DefaultDict", _collections.defaultdict, 2)
OrderedDict = _Form("OrderedDict", _collections.OrderedDict, 2)
Counter = _Form("Counter", _collections.Counter, 1)
ChainMap = _Form("ChainMap", _collections.ChainMap, 2)
Deque = _Form("Deque", _collections.deque, 1)
Text = str
AnyStr = None  # replaced by a TypeVar below

# The abstract collection types: subscriptable names (collections.abc has no classes here).
for _name, _n in (
    ("Iterable", 1), ("Iterator", 1), ("Generator", 3), ("AsyncGenerator", 2),
    ("AsyncIterable", 1), ("AsyncIterator", 1), ("Awaitable", 1), ("Coroutine", 3),
    ("Collection", 1), ("Container", 1), ("Reversible", 1), ("Sequence", 1),
    ("MutableSequence", 1), ("Mapping", 2), ("MutableMapping", 2), ("AbstractSet", 1),
    ("MutableSet", 1), ("MappingView", 1), ("KeysView", 1), ("ItemsView", 2), ("ValuesView", 1),
    ("Hashable", 0), ("Sized", 0), ("ContextManager", 1), ("AsyncContextManager", 1),
    ("Pattern", 1), ("Match", 1), ("IO", 1), ("TextIO", 0), ("BinaryIO", 0),
    ("SupportsInt", 0), ("SupportsFloat", 0), ("SupportsAbs", 1), ("SupportsIndex", 0),
    ("SupportsRound", 1), ("SupportsBytes", 0), ("SupportsComplex", 0),
):
    globals()[_name] = _Form(_name, None, _n)
del _name, _n


class TypeVar:
    """TypeVar('T', bound=..., covariant=..., contravariant=...); repr ~T, +T or -T."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        return ("+" if self.__covariant__ else "-" if self.__contravariant__ else "~") + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec:
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound

    def __repr__(self):
        return "~" + self.__name__


class TypeVarTuple:
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


AnyStr = TypeVar("AnyStr", bytes, str)


class Generic:
    """What `Generic[T]` stands for as a base class (MicroPython classes cannot be subscripted)."""


_GenericBase = Generic


class _GenericForm(_Form):
    def __getitem__(self, params):
        return _GenericBase

    def __call__(self, *args, **kwargs):
        raise TypeError("Type Generic cannot be instantiated; it can be used only as a base class")


Generic = _GenericForm("Generic")


class Protocol:
    """Base class of structural types: harmless here (nothing checks it)."""


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    return val


def assert_type(val, typ):
    return val


def assert_never(arg):
    raise AssertionError("Expected code to be unreachable, but got: " + repr(arg))


def reveal_type(obj):
    import sys

    sys.stderr.write("Runtime type is %r\n" % type(obj).__name__)
    return obj


def overload(func):
    return func


def final(f):
    return f


def override(f):
    return f


def no_type_check(f):
    return f


def type_check_only(f):
    return f


def dataclass_transform(**kwargs):
    return lambda cls: cls


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    return dict(getattr(obj, "__annotations__", {}))


def get_origin(tp):
    if isinstance(tp, _Alias):
        return tp.__origin__ if tp.__origin__ is not None else tp._form
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _Alias):
        args = tp.__args__
        if tp._form is Callable and len(args) == 2 and isinstance(args[0], list):
            return (args[0], args[1])
        return args
    return ()


class NewType:
    """NewType('UserId', int): calling it returns its argument unchanged."""

    def __init__(self, name, tp):
        self.__name__ = name
        self.__supertype__ = tp

    def __repr__(self):
        return "__main__." + self.__name__

    def __call__(self, x):
        return x


def NamedTuple(typename, fields=None, **kwargs):
    """The functional form: NamedTuple('P', [('x', int), ('y', int)])."""
    if fields is None:
        fields = list(kwargs.items())
    names = [f[0] for f in fields]
    cls = _collections.namedtuple(typename, names)
    cls.__annotations__ = dict(fields)
    return cls


class TypedDict(dict):
    """A TypedDict class makes plain dicts; TypedDict('Name', {'k': type}) makes such a class."""

    def __new__(cls, *args, **kwargs):
        if cls is TypedDict:
            name = args[0]
            fields = args[1] if len(args) > 1 else kwargs
            return type(name, (TypedDict,), {"__annotations__": dict(fields), "__total__": True})
        return dict(*args, **kwargs)
