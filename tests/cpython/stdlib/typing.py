# typing: common names importable, generics subscriptable, NamedTuple/TypedDict class syntax, harmless helpers (issue 14).
## case import-common-names
from typing import List, Dict, Tuple, Set, FrozenSet, Optional, Union, Any, Callable, Iterable, Iterator, Sequence, Mapping, MutableMapping, Generator, Type, TypeVar, Generic, Literal, Final, ClassVar, Protocol, NamedTuple, TypedDict, cast, overload, TYPE_CHECKING, NoReturn, Awaitable, Coroutine, AsyncIterator, Deque, DefaultDict, Counter, OrderedDict, ChainMap, Annotated, get_type_hints, no_type_check, runtime_checkable, SupportsInt, IO, TextIO, Pattern, Match, AnyStr, Hashable, Sized, Collection, Container, Reversible, MutableSequence, MutableSet, AbstractSet, KeysView, ValuesView, ItemsView, ParamSpec, Concatenate, TypeAlias, TypeGuard, Self, Never, LiteralString, Required, NotRequired, Unpack, TypeVarTuple, assert_never, reveal_type, dataclass_transform, final
print("ok", TYPE_CHECKING)
## case annotated-function
from typing import List, Dict, Optional
def group(words: List[str], min_len: Optional[int] = None) -> Dict[int, List[str]]:
    out: Dict[int, List[str]] = {}
    for w in words:
        if min_len is None or len(w) >= min_len:
            out.setdefault(len(w), []).append(w)
    return out
print(group(["a", "bb", "cc", "ddd"], 2))
## case generic-subscript-repr
from typing import List, Dict, Optional, Union, Tuple, Callable
print(List[int], Dict[str, int], Optional[str], Union[int, str], Tuple[int, ...], Callable[[int], str])
## case namedtuple-class
from typing import NamedTuple
class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self) -> int:
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.norm(), p._asdict(), Point(1), Point._fields, p._replace(y=9))
## case typeddict-class
from typing import TypedDict
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "Heat", "year": 1995}
print(m, type(m).__name__, Movie(title="X", year=1))
## case typevar-generic-class
from typing import TypeVar, Generic, List
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s: Stack[int] = Stack()
s.push(1); s.push(2)
print(s.pop(), s.items, T, Stack[int].__origin__ is Stack)
## case cast-overload-type-checking
from typing import cast, overload, TYPE_CHECKING, Union
if TYPE_CHECKING:
    import nothing_here
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x: Union[int, str]) -> Union[int, str]:
    return x * 2
print(cast(int, "not checked"), f(2), f("ab"))
## case protocol
from typing import Protocol, runtime_checkable
@runtime_checkable
class Greeter(Protocol):
    def greet(self) -> str: ...
class En:
    def greet(self) -> str:
        return "hello"
print(isinstance(En(), Greeter), isinstance(3, Greeter), En().greet())
## case literal-final-classvar
from typing import Literal, Final, ClassVar
Mode = Literal["r", "w"]
MAX: Final = 10
class Cfg:
    count: ClassVar[int] = 0
def open_(mode: Mode) -> str:
    return mode
print(open_("r"), MAX, Cfg.count, Mode)
## case get-type-hints
from typing import get_type_hints, Optional
class User:
    name: str
    age: Optional[int]
def f(a: int, b: "str" = "x") -> bool:
    return True
print(get_type_hints(User), get_type_hints(f))
## case callable-and-iterators
from typing import Callable, Iterator, Generator
def apply(fn: Callable[[int], int], xs: list) -> list:
    return [fn(x) for x in xs]
def count(n: int) -> Iterator[int]:
    yield from range(n)
def gen() -> Generator[int, None, str]:
    yield 1
    return "done"
print(apply(lambda v: v + 1, [1, 2]), list(count(3)), list(gen()))
## case get-origin-args
from typing import get_origin, get_args, List, Dict, Union, Optional
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Optional[int]), get_origin(Union[int, str]))
## case new-type
from typing import NewType
UserId = NewType("UserId", int)
print(UserId(5), UserId(5) + 1, UserId.__name__)
## case any-and-union-isinstance
from typing import Any
def ident(x: Any) -> Any:
    return x
print(ident([1]), isinstance(3, int | str))
