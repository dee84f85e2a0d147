# The differences MicroPython itself documents (its tests/cpydiff checklist), each as our own program, plus the struct/array/io edges near them.
## case mro-diamond
class Base:
    def hello(self):
        return "base"
class Left(Base):
    pass
class Right(Base):
    def hello(self):
        return "right"
class Child(Left, Right):
    pass
print(Child().hello())
## case name-mangling
class Account:
    def __init__(self):
        self.__secret = 42
    def peek(self):
        return self.__secret
a = Account()
print(a.peek(), hasattr(a, "__secret"), a._Account__secret)
## case super-multiple-init
calls = []
class A:
    def __init__(self):
        calls.append("A")
        super().__init__()
class B:
    def __init__(self):
        calls.append("B")
        super().__init__()
class C(A, B):
    def __init__(self):
        calls.append("C")
        super().__init__()
C()
print(calls)
## case super-property
class Shape:
    @property
    def area(self):
        return 10
class Square(Shape):
    @property
    def area(self):
        return super().area * 2
print(Square().area)
## case del-finalizer
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
r = Res("x")
del r
print("after del")
## case native-subclass-init-order
class MyList(list):
    def __init__(self, items):
        self.note = "n"
        super().__init__(items)
        self.append(len(items))
m = MyList([1, 2])
print(m, m.note, len(m))
## case fstring-adjacent-literal-braces
x = 1
print(f"{x}" "{braces}", "{a}" f"{x}")
## case fstring-nested-brackets
d = {"a}": 1}
print(f"{d['a}']}", f"{'{'}{x}" if (x := 2) else "")
## case method-argcount-error-message
class T:
    def m(self, a):
        return a
try:
    T().m()
except TypeError as e:
    print(e)
## case function-module-attr
def f():
    pass
print(f.__module__, len.__module__ if hasattr(len, "__module__") else None)
## case generator-context-exit-on-close
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit called")
def gen():
    with CM():
        yield 1
        yield 2
g = gen()
next(g)
g.close()
print("closed")
## case eval-sees-locals
def f():
    v = 21
    return eval("v * 2")
print(f())
## case exception-user-attributes
e = ValueError("x")
e.extra = 5
print(e.extra)
## case exception-value-errno-attrs
print(hasattr(ValueError("x"), "value"), hasattr(ValueError("x"), "errno"), OSError(2, "x").errno)
## case exception-subclass-init-call
class MyErr(Exception):
    def __init__(self, msg, code):
        Exception.__init__(self, msg)
        self.code = code
e = MyErr("bad", 3)
print(str(e), e.code, e.args)
## case while-condition-error-line stderr
items = [1, 2]
while items.pop() > 0:
    pass
## case float-implicit-conversion
class Num:
    def __float__(self):
        return 2.5
import math
try:
    print(1.0 + Num())
except TypeError:
    print("TypeError")
print(math.sqrt(Num()), float(Num()))
## case int-subclass-conversion
class Tag(int):
    pass
t = Tag(7)
print(int(t), type(int(t)).__name__, t + 1, repr(t))
## case list-slice-store-non-iterable
l = [1, 2, 3]
try:
    l[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
l[1:2] = range(2)
print(l)
## case memoryview-resize
b = bytearray(b"abc")
m = memoryview(b)
try:
    b.extend(b"def")
except BufferError as e:
    print(type(e).__name__)
print(bytes(m), b)
## case format-subscript-and-attr
class P:
    x = 3
print("{0[1]} {p.x} {d[key]}".format([5, 6], p=P(), d={"key": "v"}))
## case complex-parser-rejects
for s in ["1+2j", "(3-1j)", "1+", "j2"]:
    try:
        print(complex(s))
    except ValueError:
        print("ValueError", s)
## case bytes-has-no-format
print(hasattr(b"", "format"), hasattr(bytearray(), "format"))
## case array-compare-typecodes
import array
print(array.array("b", [1, 2]) == array.array("i", [1, 2]), array.array("h", [1]) < array.array("h", [2]))
## case array-overflow-check
import array
try:
    array.array("b", [200])
except OverflowError as e:
    print(type(e).__name__)
## case array-contains-and-delete
import array
a = array.array("i", [1, 2, 3, 4])
print(3 in a, 9 in a)
del a[1]
print(a, a.tolist())
## case struct-arg-count-checks
import struct
for args in [(1,), (1, 2, 3)]:
    try:
        struct.pack("bb", *args)
    except struct.error as e:
        print(type(e).__name__, e)
print(struct.pack("b b", 1, 2), struct.calcsize("<i h"))
## case sys-stdout-assign
import sys, io
old = sys.stdout
sys.stdout = io.StringIO()
print("hidden")
captured = sys.stdout.getvalue()
sys.stdout = old
print(repr(captured))
## case json-nonserializable
import json
try:
    json.dumps({1, 2})
except TypeError as e:
    print(type(e).__name__)
## case random-randint-bits-and-large-ranges
import random
random.seed(0)
v = random.randint(0, 2**40)
print(0 <= v <= 2**40, 0 <= random.getrandbits(40) < 2**40)
## case unicode-name-escape
print("\N{GREEK SMALL LETTER ALPHA}\N{EM DASH}\N{SNOWMAN}")
## case literal-spaces-and-underscores
print(1if True else 2, [0x1for x in "ab"][:1] if False else "ok")
## case str-format-separator-ints
print("{:,}".format(1234567), "{:_x}".format(2**32 - 1), format(-1234.5, ",.1f"))
## case io-stringio-and-bytesio
import io
s = io.StringIO("line1\nline2\n")
print(s.readline(), s.read(), s.tell(), repr(s.getvalue()))
b = io.BytesIO()
b.write(b"ab")
b.seek(0)
print(b.read(), b.getvalue())
## case print-sep-end-file-mix
import sys
print(1, 2, 3, sep=", ", end=" |\n")
print(*["a", "b"], sep="")
print(file=sys.stdout)
print("done", flush=True)
## case sys-stdout-write
import sys
n = sys.stdout.write("written\n")
sys.stderr.write("to stderr\n")
print(n)
