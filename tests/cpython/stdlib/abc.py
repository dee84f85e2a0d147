# abc: ABC, abstractmethod, abstract properties; collections.abc checks (issue 14).
## case abstract-method
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Sq(3).describe())
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
## case missing-implementation
from abc import ABC, abstractmethod
class Base(ABC):
    @abstractmethod
    def run(self): ...
    @abstractmethod
    def stop(self): ...
class Half(Base):
    def run(self):
        return 1
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)
## case abstract-property
from abc import ABC, abstractmethod
class Named(ABC):
    @property
    @abstractmethod
    def name(self) -> str: ...
class Dog(Named):
    @property
    def name(self):
        return "dog"
print(Dog().name, isinstance(Dog(), Named))
## case abcmeta-register
from abc import ABCMeta
class Plugin(metaclass=ABCMeta):
    pass
class Ext:
    pass
Plugin.register(Ext)
print(isinstance(Ext(), Plugin), issubclass(Ext, Plugin))
## case collections-abc
from collections.abc import Mapping, Sequence, Iterable, Callable, MutableMapping, Hashable, Sized
print(isinstance({}, Mapping), isinstance([], Sequence), isinstance("s", Iterable), isinstance(len, Callable))
print(isinstance((), MutableMapping), isinstance(1, Hashable), isinstance([], Hashable), isinstance(set(), Sized))
## case collections-abc-mixin
from collections.abc import Mapping
class Frozen(Mapping):
    def __init__(self, d):
        self._d = dict(d)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
f = Frozen({"a": 1, "b": 2})
print(f.get("a"), f.get("z", 0), "b" in f, list(f.keys()), list(f.items()), f == {"a": 1, "b": 2})
