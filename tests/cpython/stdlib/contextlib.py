# contextlib: contextmanager, suppress, closing, ExitStack, nullcontext, redirect_stdout (issue 14).
## case contextmanager
from contextlib import contextmanager
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("p") as t:
    print("inside", t)
## case contextmanager-exception
from contextlib import contextmanager
@contextmanager
def guard():
    try:
        yield
    except ValueError as e:
        print("handled", e)
with guard():
    raise ValueError("boom")
print("after")
## case suppress
from contextlib import suppress
with suppress(KeyError, IndexError):
    {}["x"]
with suppress(ZeroDivisionError):
    print("ok")
print("continued")
## case closing
from contextlib import closing
class Res:
    def close(self):
        print("closed")
with closing(Res()) as r:
    print(type(r).__name__)
## case exitstack
from contextlib import ExitStack, contextmanager
@contextmanager
def cm(n):
    print("enter", n)
    yield n
    print("exit", n)
with ExitStack() as stack:
    vals = [stack.enter_context(cm(i)) for i in range(3)]
    stack.callback(print, "callback")
    print(vals)
## case nullcontext
from contextlib import nullcontext
with nullcontext(5) as v:
    print(v)
with nullcontext() as w:
    print(w)
## case redirect-stdout
import io
from contextlib import redirect_stdout
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
## case class-context-manager
class Timer:
    def __enter__(self):
        print("start")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("stop", exc_type.__name__ if exc_type else None)
        return exc_type is KeyError
with Timer():
    raise KeyError("x")
print("swallowed")
## case async-contextmanager
import asyncio
from contextlib import asynccontextmanager
@asynccontextmanager
async def session():
    print("open")
    yield "s"
    print("close")
async def main():
    async with session() as s:
        print("using", s)
asyncio.run(main())
