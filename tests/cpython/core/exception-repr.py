# Exceptions as CPython shows them: repr, str, args, SystemExit.code, chaining, notes, tracebacks (issue 13 §10).
## case repr-single-arg
print(repr(ValueError("bad")), repr(KeyError("k")), repr(Exception()))
## case repr-multi-arg
print(repr(ValueError("a", 2)), repr(OSError(2, "No such file")))
## case str-keyerror
print(str(KeyError("k")), str(KeyError(3)), str(KeyError("a", "b")), str(KeyError()))
## case str-variants
print(str(ValueError()), str(ValueError("x")), str(ValueError("x", 1)), str(IndexError(5)))
## case args
e = ValueError("a", 1)
print(e.args, ValueError().args, type(e.args).__name__)
## case systemexit-code
for args in [(), (3,), ("msg",), (1, 2)]:
    e = SystemExit(*args)
    print(repr(e.code))
## case caught-systemexit
import sys
try:
    sys.exit(4)
except SystemExit as e:
    print("code", e.code)
## case raise-from-cause
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("lookup failed") from e
except ValueError as err:
    print(repr(err.__cause__), err.__suppress_context__, repr(err.__context__))
## case implicit-context
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("while handling")
except RuntimeError as err:
    print(type(err.__context__).__name__, err.__cause__, err.__suppress_context__)
## case raise-from-none
try:
    try:
        int("x")
    except ValueError:
        raise KeyError("k") from None
except KeyError as err:
    print(err.__cause__, err.__suppress_context__)
## case traceback-uncaught stderr
def inner():
    raise ValueError("bad value")
def outer():
    inner()
outer()
## case traceback-chained-cause stderr
try:
    {}["k"]
except KeyError as e:
    raise RuntimeError("wrapped") from e
## case traceback-chained-context stderr
try:
    1 / 0
except ZeroDivisionError:
    raise ValueError("during")
## case traceback-keyerror-str stderr
d = {}
d["missing key"]
## case custom-exception-repr
class AppError(Exception):
    pass
class CodeError(AppError):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
e = CodeError(7)
print(repr(e), str(e), e.code, isinstance(e, AppError))
## case exception-with-notes
try:
    e = ValueError("base")
    e.add_note("extra context")
    raise e
except ValueError as err:
    print(err.__notes__)
## case error-messages-common
tests = [lambda: [][1], lambda: {}["x"], lambda: None.x, lambda: 1 + "a", lambda: int("z"), lambda: undefined_name]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
## case exception-hierarchy
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(FileNotFoundError, OSError))
print([c.__name__ for c in ModuleNotFoundError.__mro__])
## case finally-and-else
def f(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        return "div"
    else:
        return r
    finally:
        print("finally", x)
print(f(2), f(0))
## case exception-str-in-print
try:
    raise TypeError("expected int, got str")
except TypeError as e:
    print(f"Error: {e!r} / {e}")
## case stopiteration-value
def gen():
    yield 1
    return "result"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e.value), repr(e))
## case exception-group-repr
eg = ExceptionGroup("many", [ValueError("a"), TypeError("b")])
print(repr(eg), str(eg), len(eg.exceptions))
