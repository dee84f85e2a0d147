# Builtin type names and reprs as CPython prints them (issue 13 §13).
## case type-repr
print(type(1), type("a"), type(1.5), type([]), type({}), type(None), type(len), type(print))
## case type-names
print([type(v).__name__ for v in [1, 1.0, "s", b"b", [], (), {}, set(), frozenset(), None, True, range(1), 1j, bytearray()]])
## case iterator-type-names
d = {"a": 1}
print([type(v).__name__ for v in [iter([]), iter(()), iter(""), iter(d), iter(range(1)), iter(set()), zip(), map(abs, []), filter(None, []), enumerate([]), reversed([])]])
## case function-and-method-names
class C:
    def m(self):
        pass
    @staticmethod
    def s():
        pass
    @classmethod
    def c(cls):
        pass
print(type(C().m).__name__, type(C.s).__name__, type(lambda: 0).__name__, type(C.c).__name__, C.m.__qualname__)
## case generator-and-coroutine-names
def g():
    yield
async def a():
    pass
co = a()
print(type(g()).__name__, type(co).__name__, type((x for x in [])).__name__)
co.close()
## case class-repr
class Widget:
    pass
print(Widget, repr(Widget), Widget.__name__, Widget.__qualname__, Widget.__module__)
## case builtin-function-repr
print(repr(len), repr(abs), repr(str.upper), repr(dict.get), repr([].append)[:33])
## case module-repr
import sys
print(repr(sys), type(sys).__name__, sys.__name__)
## case none-ellipsis-notimplemented
print(repr(None), repr(...), repr(NotImplemented), type(...).__name__, type(NotImplemented).__name__)
## case range-slice-repr
print(range(5), range(1, 5), range(0, 10, 2), slice(1, 2), slice(None, 5, -1))
## case int-subclass-repr
class MyInt(int):
    pass
print(repr(MyInt(5)), type(MyInt(5)).__name__, MyInt.__mro__)
## case exception-class-repr
print(ValueError, KeyError.__name__, type(ValueError()))
## case type-of-type
print(type(type), type(int), type(object), object.__name__, int.__mro__)
## case dict-subclass-repr
class D(dict):
    pass
print(D(a=1), repr(D()), type(D()).__name__)
## case default-object-repr-masked
import re
class Thing:
    pass
def mask(s):
    return re.sub(r"0x[0-9a-fA-F]+", "0x…", s)
print(mask(repr(Thing())), mask(str(Thing())), mask(repr([Thing()])))
## case class-repr-and-module
class Point:
    pass
print(repr(Point), str(Point), Point.__module__, Point.__name__, type(Point()))
print(f"{Point}", [Point])
## case exception-class-reprs
class AppError(Exception):
    pass
print(AppError, ValueError, type(AppError()), repr(AppError("x")))
## case function-repr-masked
import re
def helper():
    pass
print(re.sub(r"0x[0-9a-fA-F]+", "0x…", repr(helper)), type(helper), helper.__name__)
## case lambda-repr-masked
import re
f = lambda: 0
print(re.sub(r"0x[0-9a-fA-F]+", "0x…", repr(f)), f.__name__)
## case bound-method-repr-masked
import re
class Greeter:
    def hello(self):
        pass
g = Greeter()
print(re.sub(r"0x[0-9a-fA-F]+", "0x…", repr(g.hello)))
print(type(g.hello))
## case builtin-method-repr-masked
import re
items = [1]
print(re.sub(r"0x[0-9a-fA-F]+", "0x…", repr(items.append)))
print(re.sub(r"0x[0-9a-fA-F]+", "0x…", repr("abc".upper)))
## case builtin-function-type
print(type(len), type(print), type(abs).__name__, type(max) is type(min), isinstance(len, type(abs)))
## case builtin-type-names-common
values = [0, 0.5, "", b"", [], (), {}, set(), None, True, print, len, object()]
print([type(v).__name__ for v in values])
## case type-of-values-repr
print(type(True), type(b""), type(bytearray()), type(frozenset()), type(range(0)), type(1j))
## case isinstance-checks-with-type-names
def describe(v):
    return f"{type(v).__name__}:{v!r}"
print(describe(3), describe("x"), describe([1]), describe(None), describe(2.5))
## case module-repr-builtin
import sys, math
print(repr(sys), type(math).__name__)
## case class-in-class-repr
class Outer:
    class Inner:
        pass
print(Outer.Inner.__name__, Outer.Inner.__module__)
