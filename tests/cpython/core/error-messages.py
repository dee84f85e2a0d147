# Error messages in CPython's words, for the errors programs commonly print (issue 13 §10):
# each case prints `type(e).__name__: e` for a family of failing expressions.
## case operator-type-errors
def show(src):
    try:
        eval(src)
    except Exception as e:
        print(type(e).__name__ + ":", e)
for src in ["1 + 'a'", "1 - 'a'", "2 * None", "1 / 'x'", "1 // []", "1 % {}", "2 ** 'x'", "1 << 1.5", "1 & 2.0", "[] @ []", "divmod(1, 'a')"]:
    show(src)
## case concatenation-errors
def show(src):
    try:
        eval(src)
    except Exception as e:
        print(type(e).__name__ + ":", e)
for src in ["'a' + 1", "'a' + None", "[1] + (1,)", "(1,) + [1]", "[1] + 'a'", "'a' + b'a'", "b'a' + 1"]:
    show(src)
## case multiply-sequence-errors
def show(src):
    try:
        eval(src)
    except Exception as e:
        print(type(e).__name__ + ":", e)
for src in ["'a' * 'b'", "[1] * 'a'", "'a' * 1.5", "2.5 * [1]", "(1,) * None"]:
    show(src)
## case augmented-assignment-errors
total = 0
try:
    total += "x"
except TypeError as e:
    print(e)
s = "a"
try:
    s += 1
except TypeError as e:
    print(e)
n = 5
try:
    n -= "1"
except TypeError as e:
    print(e)
## case comparison-errors
def show(src):
    try:
        eval(src)
    except Exception as e:
        print(type(e).__name__ + ":", e)
for src in ["1 < 'a'", "'a' > 1", "[] <= 3", "None >= 0", "{} < {}", "(1,) < [1]"]:
    show(src)
## case sort-mixed-types
try:
    sorted([3, "a"])
except TypeError as e:
    print(type(e).__name__, "not supported between instances" in str(e))
## case unary-errors
def show(src):
    try:
        eval(src)
    except Exception as e:
        print(type(e).__name__ + ":", e)
for src in ["-'a'", "+[]", "~1.5", "abs('x')", "abs(None)"]:
    show(src)
## case unhashable
for value in [[1], {}, {1}, bytearray(b"x")]:
    try:
        hash(value)
    except TypeError as e:
        print(e)
try:
    {[1, 2]: "x"}
except TypeError as e:
    print(e)
try:
    {[1]}
except TypeError as e:
    print(e)
## case division-by-zero-ints
def show(src):
    try:
        eval(src)
    except ZeroDivisionError as e:
        print(src, "->", e)
for src in ["1 / 0", "1 // 0", "1 % 0", "divmod(7, 0)", "10**30 // 0", "10**30 % 0", "0 ** -1"]:
    show(src)
## case division-by-zero-floats
def show(src):
    try:
        eval(src)
    except ZeroDivisionError as e:
        print(src, "->", e)
for src in ["1.0 / 0", "1 / 0.0", "1.5 // 0", "1.5 % 0.0", "divmod(1.5, 0)", "0.0 ** -1", "x = 2.0; x /= 0"]:
    try:
        exec(src)
    except ZeroDivisionError as e:
        print(src, "->", e)
## case division-by-zero-augmented
x = 10
try:
    x //= 0
except ZeroDivisionError as e:
    print(e)
y = 1.0
try:
    y %= 0
except ZeroDivisionError as e:
    print(e)
## case name-errors
try:
    print(undefined_thing)
except NameError as e:
    print(e)
def f():
    return missing_global + 1
try:
    f()
except NameError as e:
    print(e)
## case not-callable-iterable-subscriptable
def show(src):
    try:
        exec(src)
    except Exception as e:
        print(type(e).__name__ + ":", e)
for src in ["x = 1; x()", "x = None; x()", "x = 'a'; x()", "iter(1)", "for i in 5: pass", "list(None)", "next([])", "x = 1; x[0]", "x = None; x['k']", "t = (1, 2); t[0] = 3", "s = 'abc'; s[0] = 'x'", "t = (1,); del t[0]"]:
    show(src)
## case missing-positional-arguments
def f(a, b):
    pass
def g(a, b, c, d=4):
    pass
class C:
    def m(self, x):
        pass
for call in [lambda: f(1), lambda: f(), lambda: g(1), lambda: g(), lambda: g(b=2), lambda: C().m()]:
    try:
        call()
    except TypeError as e:
        print(str(e).split("() ", 1)[1])
## case too-many-positional-arguments
def f(a):
    pass
def g(a, b=2):
    pass
def h():
    pass
for call in [lambda: f(1, 2), lambda: h(1), lambda: h(1, 2), lambda: f(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print(e)
## case keyword-argument-errors
def f(a, b=2):
    pass
def k(*, key):
    pass
def k2(x, *, key, other, flag=False):
    pass
for call in [lambda: f(1, c=3), lambda: f(1, a=2), lambda: k(), lambda: k(1), lambda: k2(1), lambda: k2(1, key=1), lambda: f(b=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
## case unpacking-errors
def show(src):
    try:
        exec(src)
    except ValueError as e:
        print(e)
for src in ["a, b = [1]", "a, b, c = 'ab'", "a, b = [1, 2, 3]", "a, *b, c = [1]", "(a, b), c = [1], 2", "for x, y in [(1, 2, 3)]: pass"]:
    show(src)
## case int-conversion-errors
def show(src):
    try:
        eval(src)
    except Exception as e:
        print(type(e).__name__ + ":", e)
for src in ["int('z')", "int('1.5')", "int('')", "int(' 12x ')", "int('ff', 10)", "int('9', 8)", "int(None)", "int([])", "int('10', 1)", "int(float('inf'))", "int(float('nan'))"]:
    show(src)
## case float-conversion-errors
def show(src):
    try:
        eval(src)
    except Exception as e:
        print(type(e).__name__ + ":", e)
for src in ["float('x')", "float('')", "float('1.2.3')", "float('nan1')", "float([])", "float(None)"]:
    show(src)
## case input-validation-loop
answers = ["ten", "", "3.5", "7"]
for raw in answers:
    try:
        n = int(raw)
    except ValueError as e:
        print("Invalid:", e)
    else:
        print("got", n)
## case min-max-empty
for fn in (min, max):
    try:
        fn([])
    except ValueError as e:
        print(e)
print(max([], default="none"))
## case attribute-errors
class Thing:
    pass
def show(src):
    try:
        eval(src)
    except AttributeError as e:
        print(e)
for src in ["None.x", "(1).real_part", "'s'.nope", "Thing().missing", "[].push", "{}.has_key"]:
    show(src)
## case key-and-index-errors
def show(src):
    try:
        eval(src)
    except LookupError as e:
        print(type(e).__name__ + ":", e)
for src in ["{}['x']", "{}[1]", "{}[(1, 2)]", "[][1]", "[1][-5]", "()[3]", "'ab'[5]", "{'a': 1}.pop('b')"]:
    show(src)
## case import-errors
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e)
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print("caught as ModuleNotFoundError")
## case file-not-found
try:
    open("/definitely/not/here.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
try:
    open("missing.txt")
except OSError as e:
    print(isinstance(e, FileNotFoundError), e)
## case recursion-error
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, isinstance(e, RuntimeError))
## case builtin-argument-counts
for call in [lambda: len(), lambda: len(1, 2), lambda: abs(), lambda: isinstance(1)]:
    try:
        call()
    except TypeError as e:
        print(e)
## case sequence-index-not-found
for call in [lambda: [1].index(2), lambda: [].remove(1), lambda: (1,).index(2)]:
    try:
        call()
    except ValueError as e:
        print(e)
## case raise-from-non-exception
try:
    raise ValueError("x") from 1
except TypeError as e:
    print(e)
