from typing import (Any, Callable, Dict, FrozenSet, Generic, Iterable, Iterator, List, Literal,
                    Mapping, NamedTuple, NewType, NoReturn, Optional, Protocol, Sequence, Set,
                    Tuple, Type, TypedDict, TypeVar, Union, cast, overload, TYPE_CHECKING,
                    get_args, get_origin, ClassVar, Final, Awaitable, Coroutine, Generator,
                    DefaultDict, Counter, Deque, OrderedDict, Annotated, runtime_checkable)
import typing

print(TYPE_CHECKING, List[int], Dict[str, int], Optional[int], Union[int, str], Tuple[int, ...])
print(Callable[[int, str], bool], Set[float], FrozenSet[bytes], Type[int], Any, Sequence[int])
print(Union[int, None] == Optional[int], Union[int, int], Union[int, Union[str, float]])
print(get_origin(List[int]) is list, get_args(Dict[str, int]), get_origin(Optional[int]) is Union,
      get_args(Callable[[int], str]), get_args(int), get_origin(int))
print(Literal["a", "b"], ClassVar[int], Final[str], Mapping[str, List[int]])
T = TypeVar("T")
K = TypeVar("K", bound=str)
S = TypeVar("S", int, str)
print(T, K.__bound__, S.__constraints__, TypeVar("C", covariant=True))

class Stack(Generic[T]):
    def __init__(self):
        self.items = []
    def push(self, item):
        self.items.append(item)
    def pop(self):
        return self.items.pop()

s = Stack()
s.push(1)
s.push(2)
print(s.pop(), isinstance(s, Stack))

class Drawable(Protocol):
    def draw(self): ...

class Box(Drawable):
    def draw(self):
        return "box"
print(Box().draw())

UserId = NewType("UserId", int)
print(UserId(5), UserId(5) + 1, UserId.__supertype__)

Point = NamedTuple("Point", [("x", int), ("y", int)])
p = Point(1, 2)
print(p, p.x + p.y, Point._fields)

Movie = TypedDict("Movie", {"title": str, "year": int})
m = Movie(title="Alien", year=1979)
print(m["title"], m["year"], type(m) is dict)

def first(xs: List[T]) -> T:
    return xs[0]
print(first([3, 4]), cast(int, "not really"), cast(List[int], [1]))

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x * 2
print(f(2), f("ab"))

Vector = List[float]
def scale(k: float, v: Vector) -> Vector:
    return [k * x for x in v]
print(scale(2.0, [1.0, 2.5]), Vector)
JsonDict = Dict[str, Any]
print(JsonDict, Dict[str, T][int], Optional[List[int]])
for t in (List[int], Dict[str, int], List):
    try:
        t()
    except TypeError as e:
        print("TypeError", e)
print(DefaultDict[str, int](int)["x"], Deque[int]([1]))
for name in ("Iterable", "Iterator", "Generator", "AsyncIterator", "Hashable", "Sized", "SupportsInt",
             "TextIO", "IO", "Pattern", "Match", "AnyStr", "Text", "ChainMap", "ParamSpec", "Concatenate",
             "TypeGuard", "Self", "Never", "LiteralString", "assert_never", "reveal_type", "final",
             "no_type_check", "get_type_hints", "ContextManager", "NoReturn", "Reversible", "Collection"):
    print(name, hasattr(typing, name))
try:
    Optional[int, str]
except TypeError as e:
    print("TypeError", e)
