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
