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
## case repr-edge-cases
print(repr(KeyError()), repr(ValueError("")), repr(IndexError(0)), repr(RuntimeError(None)), repr(Exception("a", "b", 3)))
print(repr(ValueError(("t",))), repr(KeyError(("a", 1))), str(KeyError(("a", 1))))
## case str-edge-cases
print(repr(str(Exception())), repr(str(Exception(""))), str(Exception(None)), str(Exception([1, 2])), str(Exception(1, "two")))
print(str(KeyError("")), str(KeyError(None)), str(KeyError("it's")))
## case args-attribute
e = Exception("a", 2)
print(e.args, e.args[0], len(e.args))
e.args = ("changed",)
print(e, repr(e))
e.args = [1, 2]
print(e.args, type(e.args).__name__)
## case user-attributes-on-builtin-exceptions
e = ValueError("x")
e.code = 42
e.detail = "more"
print(e.code, e.detail, e)
## case exception-init-from-subclass
class MyErr(Exception):
    def __init__(self, msg, code):
        Exception.__init__(self, msg)
        self.code = code
class Other(ValueError):
    def __init__(self, *args):
        super().__init__(*args)
e = MyErr("bad", 3)
print(str(e), e.code, e.args, repr(Other(1, 2)))
## case subclass-str-override
class NiceError(Exception):
    def __str__(self):
        return "nice: " + super().__str__()
e = NiceError("detail")
print(str(e), repr(e), f"{e}")
## case subclass-str-in-traceback stderr
class NiceError(Exception):
    def __str__(self):
        return "custom message"
raise NiceError("ignored")
## case systemexit-variants
for code in [None, 0, 1, "bye", (1, 2)]:
    e = SystemExit(code) if code is not None else SystemExit()
    print(repr(e.code), e.args)
## case sys-exit-caught
import sys
for arg in [(), (0,), (3,), ("message",)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(e.code))
## case stopiteration-from-return
def gen():
    yield 1
    return {"done": True}
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)
print(StopIteration().value, StopIteration(1, 2).value)
## case oserror-attributes
e = OSError(2, "No such file or directory", "data.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.args)
print(str(e))
e = OSError("plain message")
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
e = OSError(13, "Permission denied")
print(type(e).__name__, str(e), e.filename)
## case oserror-subclass-mapping
for errno_, msg in [(2, "x"), (17, "x"), (13, "x"), (1, "x"), (21, "x"), (20, "x"), (110, "x"), (11, "x"), (99999, "x")]:
    print(errno_, type(OSError(errno_, msg)).__name__)
print(type(FileNotFoundError(5, "y")).__name__, issubclass(FileNotFoundError, OSError), IOError is OSError, EnvironmentError is OSError)
## case oserror-two-filenames
e = OSError(2, "No such file or directory", "a.txt", None, "b.txt")
print(str(e), e.filename, e.args)
## case exception-hierarchy-more
names = ["ModuleNotFoundError", "UnboundLocalError", "RecursionError", "FileExistsError", "PermissionError", "TimeoutError", "BrokenPipeError", "ConnectionResetError", "UserWarning", "DeprecationWarning", "TabError", "FloatingPointError", "UnicodeDecodeError", "BufferError", "ReferenceError", "SystemError"]
import builtins
for n in names:
    cls = getattr(builtins, n)
    print(n, [b.__name__ for b in cls.__bases__])
## case catching-by-base-class
try:
    open("/nope/nothing")
except OSError as e:
    print("OSError caught:", type(e).__name__)
try:
    {}["k"]
except LookupError as e:
    print("LookupError caught:", repr(e))
try:
    import not_a_real_module
except ImportError as e:
    print("ImportError caught:", type(e).__name__)
## case cause-explicit-attributes
e = ValueError("outer")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.__cause__ = KeyError("inner")
print(repr(e.__cause__), e.__suppress_context__)
e.__context__ = TypeError("ctx")
print(repr(e.__context__))
try:
    e.__cause__ = 5
except TypeError as err:
    print("TypeError:", err)
## case raise-from-class
try:
    raise ValueError("v") from KeyError
except ValueError as e:
    print(repr(e.__cause__), type(e.__cause__).__name__)
## case context-in-nested-handlers
try:
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise TypeError("second")
        except TypeError:
            raise ValueError("third")
except ValueError as e:
    print(repr(e.__context__), repr(e.__context__.__context__), e.__context__.__context__.__context__)
## case context-across-calls
def fail():
    raise RuntimeError("in function")
try:
    try:
        1 / 0
    except ZeroDivisionError:
        fail()
except RuntimeError as e:
    print(type(e.__context__).__name__)
## case context-not-set-outside-handler
try:
    try:
        1 / 0
    except ZeroDivisionError:
        pass
    raise ValueError("after")
except ValueError as e:
    print(e.__context__)
## case context-in-finally
try:
    try:
        raise KeyError("k")
    finally:
        x = {}["missing"]
except KeyError as e:
    print(repr(e), repr(e.__context__))
## case reraise-keeps-identity
try:
    try:
        raise ValueError("same")
    except ValueError as e:
        first = e
        raise
except ValueError as e:
    print(e is first, e.__context__)
## case reraise-caught-in-other-handler
try:
    raise KeyError("a")
except KeyError as a:
    saved = a
try:
    try:
        raise TypeError("b")
    except TypeError:
        raise saved
except KeyError as e:
    print(e is saved, repr(e.__context__))
## case context-cycle-cut
try:
    try:
        raise KeyError("a")
    except KeyError as a:
        try:
            raise TypeError("b")
        except TypeError as b:
            raise a
except KeyError as e:
    print(repr(e.__context__), e.__context__.__context__)
## case with-exit-error-context
class Bad:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise RuntimeError("exit failed")
try:
    with Bad():
        raise ValueError("body")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
## case add-note-multiple
e = ValueError("v")
e.add_note("first")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as err:
    print(err)
## case notes-in-traceback stderr
e = ValueError("base problem")
e.add_note("while loading config")
e.add_note("file: settings.ini")
raise e
## case traceback-attribute
def inner():
    raise ValueError("x")
try:
    inner()
except ValueError as e:
    tb = e.__traceback__
    print(tb is not None, tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_next)
## case with-traceback
try:
    raise ValueError("a")
except ValueError as e:
    saved = e
new = KeyError("k")
print(new.with_traceback(None) is new, new.__traceback__)
try:
    raise new.with_traceback(saved.__traceback__)
except KeyError as e:
    print(e.__traceback__.tb_lineno, e.__traceback__.tb_next.tb_lineno)
## case traceback-nested-calls stderr
def level3(x):
    return x["key"]
def level2(x):
    return level3(x) + 1
def level1():
    return level2({})
level1()
## case traceback-from-none stderr
try:
    int("abc")
except ValueError:
    raise RuntimeError("parse failed") from None
## case traceback-three-chained stderr
try:
    try:
        raise KeyError("a")
    except KeyError as e:
        raise TypeError("b") from e
except TypeError:
    raise ValueError("c")
## case traceback-in-function-chained stderr
def load(d):
    try:
        return d["cfg"]
    except KeyError as e:
        raise LookupError("no config") from e
load({})
## case traceback-empty-message stderr
raise ValueError
## case traceback-empty-str-message stderr
raise RuntimeError("")
## case traceback-custom-class-no-message stderr
class AppError(Exception):
    pass
raise AppError()
## case traceback-oserror stderr
open("/no/such/dir/file.txt")
## case traceback-systemexit-message stderr
import sys
sys.exit("fatal: giving up")
## case traceback-exception-in-except-block stderr
def handler():
    try:
        [][0]
    except IndexError:
        None.attr
handler()
## case traceback-keyerror-tuple stderr
d = {}
d[("a", 1)]
## case traceback-name-error stderr
print(undefined_variable)
## case traceback-type-error-call stderr
def f(a, b):
    return a + b
f(1)
## case traceback-zero-division stderr
total = 10
count = 0
average = total / count
## case exception-group-basics
eg = ExceptionGroup("batch", [ValueError("a")])
print(str(eg), eg.message, eg.exceptions, type(eg.exceptions).__name__)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), issubclass(ExceptionGroup, BaseExceptionGroup))
print(type(BaseExceptionGroup("b", [KeyError("k")])).__name__, type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
## case exception-group-errors
for args in [("m", []), ("m", [1]), (1, [ValueError()]), ("m",)]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
## case exception-group-split-subgroup
eg = ExceptionGroup("all", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, (KeyError, TypeError)))))
print(eg.subgroup(OSError), eg.split(Exception)[0] is eg)
## case exception-group-catch-as-exception
try:
    raise ExceptionGroup("several", [ValueError("x"), TypeError("y")])
except Exception as e:
    print(type(e).__name__, len(e.exceptions), [type(x).__name__ for x in e.exceptions])
