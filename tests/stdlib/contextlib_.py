from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, ContextDecorator

@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

with tag("p") as t:
    print("inside", t)

try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError:
        print("swallowed KeyError")

with swallow():
    raise KeyError("k")
print("after swallow")

@tag("deco")
def decorated():
    print("in decorated")
decorated()
decorated()

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError:
    print("IndexError passes through")

class Res:
    def close(self):
        print("closed")
with closing(Res()) as r:
    print(type(r).__name__)

with nullcontext(42) as v:
    print("null", v)
with nullcontext() as v:
    print("null", v)

with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("a", "b")]
    stack.callback(print, "callback ran")
    print("names", names)

with ExitStack() as stack:
    stack.push(lambda *exc: print("push saw", exc[0].__name__ if exc[0] else None))
    stack2 = stack.pop_all()
print("stack emptied")
stack2.close()

def fail_exit(*exc):
    return True
with ExitStack() as st:
    st.push(fail_exit)
    raise RuntimeError("suppressed by exit callback")
print("survived")


@contextmanager
def no_yield():
    for x in ():
        yield x
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

class mycontext(ContextDecorator):
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit")
        return False

@mycontext()
def work():
    print("working")
work()
