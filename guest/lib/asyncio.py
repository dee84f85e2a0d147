"""Asynchronous I/O: an event loop written in Python with CPython's API for what programs use:
run, create_task, gather, sleep, wait_for, wait, as_completed, timeout, shield, Task, Future,
Queue (and LIFO/priority), Event, Lock, Semaphore, CancelledError, TimeoutError.

The loop itself is a generator. `asyncio.run(main())` drives it to the end; `await main()` (or
`await asyncio.sleep(...)`, `await asyncio.gather(...)`) at the top level of a run drives it from
the sandbox's own top-level await, so tasks can also await host functions: while every task
waits, the loop hands one pending host promise to the sandbox, which suspends the run without
blocking the host.
"""

import time as _time
from collections import deque as _deque
import heapq as _heapq

__all__ = ["run", "create_task", "gather", "sleep", "wait_for", "wait", "as_completed", "timeout",
           "shield", "Task", "Future", "Queue", "LifoQueue", "PriorityQueue", "QueueEmpty",
           "QueueFull", "Event", "Lock", "Semaphore", "BoundedSemaphore", "CancelledError",
           "TimeoutError", "InvalidStateError", "get_event_loop", "get_running_loop",
           "new_event_loop", "set_event_loop", "current_task", "all_tasks", "ensure_future",
           "iscoroutine", "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"]

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

try:
    TimeoutError = TimeoutError
except NameError:  # MicroPython has no built-in TimeoutError

    class TimeoutError(OSError):
        pass


class CancelledError(BaseException):
    pass


class InvalidStateError(Exception):
    pass


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


_PENDING, _CANCELLED, _FINISHED = "PENDING", "CANCELLED", "FINISHED"


class Future:
    """A result that will be set later; awaiting it waits for it."""

    def __init__(self, *, loop=None):
        self._loop = loop or get_event_loop()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def result(self):
        if self._state == _CANCELLED:
            raise CancelledError(*((self._cancel_message,) if self._cancel_message is not None else ()))
        if self._state != _FINISHED:
            raise InvalidStateError("Result is not ready.")
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise CancelledError()
        if self._state != _FINISHED:
            raise InvalidStateError("Exception is not set.")
        return self._exception

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError("invalid state")
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError("invalid state")
        if isinstance(exception, type):
            exception = exception()
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        n = len(self._callbacks)
        self._callbacks = [f for f in self._callbacks if f != fn]
        return n - len(self._callbacks)

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        self._callbacks = []
        for fn in callbacks:
            self._loop.call_soon(fn, self)

    def get_loop(self):
        return self._loop

    def __await__(self):
        if not self.done():
            if _running_loop[0] is None:
                # Awaited outside any loop (top-level await): run the loop here until done.
                yield from self._loop._drive(self)
            else:
                yield self
        return self.result()

    __iter__ = __await__

    def __repr__(self):
        return "<%s %s>" % (type(self).__name__, self._state.lower())


class Task(Future):
    """A coroutine scheduled on the loop."""

    _counter = 0

    def __init__(self, coro, *, loop=None, name=None):
        super().__init__(loop=loop)
        if not hasattr(coro, "send"):
            raise TypeError("a coroutine was expected, got %r" % (coro,))
        self._coro = coro
        Task._counter += 1
        self._name = name if name is not None else "Task-%d" % Task._counter
        self._waiting_on = None   # a Future this task waits for
        self._external = None     # something outside the loop (a host promise) it waits for
        self._must_cancel = None
        self._loop.call_soon(self._step)
        self._loop._tasks.append(self)

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def cancel(self, msg=None):
        if self.done():
            return False
        if self._waiting_on is not None:
            if self._waiting_on.cancel(msg=msg):
                return True
        self._must_cancel = msg if msg is not None else True
        if self._external is not None:
            self._external = None
            self._loop.call_soon(self._step)
        return True

    def _step(self, _fut=None):
        if self.done():
            return
        loop = self._loop
        self._waiting_on = None
        exc = None
        if self._must_cancel is not None:
            m = self._must_cancel
            exc = CancelledError() if m is True else CancelledError(m)
            self._must_cancel = None
        previous = loop._current
        loop._current = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as e:
            super().set_result(e.value if e.args else None)
        except CancelledError as e:
            super().cancel(msg=e.args[0] if e.args else None)
        except (KeyboardInterrupt, SystemExit) as e:
            super().set_exception(e)
            raise
        except BaseException as e:
            super().set_exception(e)
        else:
            if isinstance(result, Future):
                if result is self:
                    self._loop.call_soon(self._step_with, RuntimeError("Task cannot await on itself: %r" % self))
                else:
                    self._waiting_on = result
                    result.add_done_callback(self._wakeup)
                    if self._must_cancel is not None and result.cancel(msg=None if self._must_cancel is True else self._must_cancel):
                        self._must_cancel = None
            elif result is None:
                loop.call_soon(self._step)
            else:
                # A host promise (or another awaitable of the sandbox): the loop waits for it.
                self._external = result
                loop._external.append(self)
        finally:
            loop._current = previous

    def _step_with(self, exc):
        self._must_cancel = None
        loop = self._loop
        previous = loop._current
        loop._current = self
        try:
            result = self._coro.throw(exc)
        except StopIteration as e:
            super().set_result(e.value if e.args else None)
        except BaseException as e:
            super().set_exception(e)
        else:
            loop.call_soon(self._step)
        finally:
            loop._current = previous

    def _wakeup(self, fut):
        self._step()

    def __repr__(self):
        return "<Task %s name=%r>" % (self._state.lower(), self._name)


class _Handle:
    def __init__(self, fn, args):
        self._fn = fn
        self._args = args
        self._cancelled = False

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled


class AbstractEventLoop:
    pass


class _Loop(AbstractEventLoop):
    def __init__(self):
        self._ready = _deque()
        self._timers = []
        self._seq = 0
        self._tasks = []
        self._external = []
        self._current = None
        self._closed = False
        self._running = False

    def time(self):
        return _time.monotonic()

    def call_soon(self, fn, *args, context=None):
        h = _Handle(fn, args)
        self._ready.append(h)
        return h

    def call_later(self, delay, fn, *args, context=None):
        return self.call_at(self.time() + delay, fn, *args)

    def call_at(self, when, fn, *args, context=None):
        h = _Handle(fn, args)
        self._seq += 1
        _heapq.heappush(self._timers, (when, self._seq, h))
        return h

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        return Task(coro, loop=self, name=name)

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def _drive(self, until):
        """Run until the future is done: a generator that yields only host promises, up to
        whoever drives it (the sandbox's top-level await, or run_until_complete)."""
        outer = _running_loop[0]
        _running_loop[0] = self
        self._running = True
        try:
            while not until.done():
                while self._ready:
                    h = self._ready.popleft()
                    if not h._cancelled:
                        h._fn(*h._args)
                    if until.done():
                        break
                if until.done():
                    break
                now = self.time()
                while self._timers and self._timers[0][0] <= now:
                    _, _, h = _heapq.heappop(self._timers)
                    if not h._cancelled:
                        self._ready.append(h)
                if self._ready:
                    continue
                if self._external:
                    # Every task waits: hand one host promise up, then see who can go on.
                    waiting = self._external
                    self._external = []
                    promise = waiting[0]._external
                    _running_loop[0] = outer
                    self._running = False
                    try:
                        yield promise
                    finally:
                        _running_loop[0] = self
                        self._running = True
                    for task in waiting:
                        if task._external is not None:
                            task._external = None
                            self._ready.append(_Handle(task._step, ()))
                    continue
                if self._timers:
                    delay = self._timers[0][0] - self.time()
                    if delay > 0:
                        _time.sleep(delay)
                    continue
                raise RuntimeError("Event loop stopped before Future completed.")
        finally:
            _running_loop[0] = outer
            self._running = False
        self._tasks = [t for t in self._tasks if not t.done()]

    def run_until_complete(self, future):
        if self._running or _running_loop[0] is not None:
            raise RuntimeError("This event loop is already running")
        future = ensure_future(future, loop=self)
        for promise in self._drive(future):
            raise RuntimeError(
                "a host function's promise cannot be awaited inside asyncio.run(): await the "
                "coroutine at the top level instead (`await main()`)")
        return future.result()

    def run_forever(self):
        raise RuntimeError("run_forever() is not supported here; use asyncio.run()")

    def shutdown_asyncgens(self):
        return _done_coro()


async def _done_coro():
    return None


_running_loop = [None]
_default_loop = [None]


def get_running_loop():
    loop = _running_loop[0]
    if loop is None:
        raise RuntimeError("no running event loop")
    return loop


def get_event_loop():
    loop = _running_loop[0]
    if loop is not None:
        return loop
    if _default_loop[0] is None or _default_loop[0]._closed:
        _default_loop[0] = _Loop()
    return _default_loop[0]


def new_event_loop():
    return _Loop()


def set_event_loop(loop):
    _default_loop[0] = loop


def current_task(loop=None):
    loop = loop or get_running_loop()
    return loop._current


def all_tasks(loop=None):
    loop = loop or get_running_loop()
    return {t for t in loop._tasks if not t.done()}


def iscoroutine(obj):
    return hasattr(obj, "send") and hasattr(obj, "throw") and not isinstance(obj, Future)


def iscoroutinefunction(func):
    return callable(func)


def ensure_future(coro_or_future, *, loop=None):
    if isinstance(coro_or_future, Future):
        return coro_or_future
    if iscoroutine(coro_or_future):
        return (loop or get_event_loop()).create_task(coro_or_future)
    if hasattr(coro_or_future, "__await__"):
        return (loop or get_event_loop()).create_task(_wrap_awaitable(coro_or_future))
    raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")


async def _wrap_awaitable(aw):
    return await aw


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name) if _running_loop[0] else \
        get_event_loop().create_task(coro, name=name)


def run(main, *, debug=None):
    if _running_loop[0] is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not iscoroutine(main):
        raise ValueError("a coroutine was expected, got %r" % (main,))
    loop = new_event_loop()
    previous = _default_loop[0]
    _default_loop[0] = loop
    try:
        return loop.run_until_complete(main)
    finally:
        pending = [t for t in loop._tasks if not t.done()]
        for t in pending:
            t.cancel()
        if pending:
            try:
                loop.run_until_complete(gather(*pending, return_exceptions=True))
            except RuntimeError:
                pass
        loop.close()
        _default_loop[0] = previous


class _Sleep:
    """sleep(0): give the other tasks a turn."""

    def __await__(self):
        if _running_loop[0] is not None:
            yield None

    __iter__ = __await__


async def sleep(delay, result=None):
    if delay <= 0:
        await _Sleep()
        return result
    loop = get_event_loop()
    fut = loop.create_future()
    h = loop.call_later(delay, _set_if_pending, fut, result)
    try:
        return await fut
    finally:
        h.cancel()


def _set_if_pending(fut, result):
    if not fut.done():
        fut.set_result(result)


class _GatheringFuture(Future):
    def __init__(self, children, loop):
        super().__init__(loop=loop)
        self._children = children

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        return ret


def gather(*aws, return_exceptions=False):
    loop = get_event_loop()
    if not aws:
        f = loop.create_future()
        f.set_result([])
        return f
    children = []
    seen = {}
    for aw in aws:
        key = id(aw)
        if key in seen:
            children.append(seen[key])
            continue
        fut = ensure_future(aw, loop=loop)
        seen[key] = fut
        children.append(fut)
    outer = _GatheringFuture(children, loop)
    unique = list({id(f): f for f in children}.values())
    state = {"left": len(unique)}

    def child_done(fut):
        state["left"] -= 1
        if outer.done():
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(CancelledError())
                return
            if fut.exception() is not None:
                outer.set_exception(fut.exception())
                return
        if state["left"] == 0:
            results = []
            for f in children:
                if f.cancelled():
                    results.append(CancelledError())
                else:
                    e = f.exception()
                    results.append(e if e is not None else f.result())
            outer.set_result(results)

    for fut in unique:
        fut.add_done_callback(child_done)
    return outer


async def wait_for(aw, timeout):
    loop = get_event_loop()
    fut = ensure_future(aw, loop=loop)
    if timeout is None:
        return await fut
    if timeout <= 0 and fut.done():
        return fut.result()
    waiter = loop.create_future()
    h = loop.call_later(timeout, _set_if_pending, waiter, False)
    fut.add_done_callback(lambda f: _set_if_pending(waiter, True))
    try:
        finished = await waiter
    except CancelledError:
        fut.cancel()
        raise
    finally:
        h.cancel()
    if finished:
        return fut.result()
    fut.cancel()
    # Let the cancelled task run its cleanup.
    try:
        await _wait_done(fut)
    except CancelledError:
        pass
    raise TimeoutError()


async def _wait_done(fut):
    if not fut.done():
        w = fut.get_loop().create_future()
        fut.add_done_callback(lambda f: _set_if_pending(w, None))
        await w


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    fs = set(ensure_future(f) for f in fs)
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    loop = get_event_loop()
    waiter = loop.create_future()
    counter = {"n": len(fs)}

    def on_done(f):
        counter["n"] -= 1
        if (counter["n"] <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None)):
            _set_if_pending(waiter, None)

    for f in fs:
        f.add_done_callback(on_done)
    h = loop.call_later(timeout, _set_if_pending, waiter, None) if timeout is not None else None
    try:
        if not (return_when == FIRST_COMPLETED and any(f.done() for f in fs)) and not all(f.done() for f in fs):
            await waiter
    finally:
        if h is not None:
            h.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done = {f for f in fs if f.done()}
    return done, fs - done


def as_completed(fs, *, timeout=None):
    loop = get_event_loop()
    todo = [ensure_future(f, loop=loop) for f in fs]
    results = _deque()
    waiters = _deque()

    def on_done(f):
        results.append(f)
        if waiters:
            _set_if_pending(waiters.popleft(), None)

    for f in todo:
        f.add_done_callback(on_done)

    async def next_done():
        if not results:
            w = loop.create_future()
            waiters.append(w)
            if timeout is not None:
                loop.call_later(timeout, _timeout_waiter, w)
            await w
        return results.popleft().result()

    return [next_done() for _ in todo]


def _timeout_waiter(w):
    if not w.done():
        w.set_exception(TimeoutError())


def shield(aw):
    inner = ensure_future(aw)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def copy(f):
        if outer.done():
            return
        if f.cancelled():
            outer.cancel()
        elif f.exception() is not None:
            outer.set_exception(f.exception())
        else:
            outer.set_result(f.result())

    inner.add_done_callback(copy)
    return outer


class Timeout:
    """`async with asyncio.timeout(delay)`: cancel the block after delay, raise TimeoutError."""

    def __init__(self, when):
        self._when = when
        self._handle = None
        self._task = None
        self._expired = False

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._handle is not None:
            self._handle.cancel()
        self._when = when
        if when is not None and self._task is not None:
            self._handle = self._task.get_loop().call_at(when, self._expire)

    def expired(self):
        return self._expired

    def _expire(self):
        self._expired = True
        self._task.cancel()

    async def __aenter__(self):
        self._task = current_task()
        if self._task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        if self._handle is not None:
            self._handle.cancel()
        if self._expired and exc_type is CancelledError:
            raise TimeoutError()
        return None


def timeout(delay):
    return Timeout(None if delay is None else get_event_loop().time() + delay)


def timeout_at(when):
    return Timeout(when)


class Event:
    def __init__(self):
        self._value = False
        self._waiters = []

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for w in self._waiters:
                _set_if_pending(w, True)
            self._waiters = []

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        w = get_event_loop().create_future()
        self._waiters.append(w)
        await w
        return True


class Lock:
    def __init__(self):
        self._locked = False
        self._waiters = _deque()

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and not self._waiters:
            self._locked = True
            return True
        w = get_event_loop().create_future()
        self._waiters.append(w)
        try:
            await w
        except CancelledError:
            if w in self._waiters:
                self._waiters.remove(w)
            elif not self._locked:
                self._wake()
            raise
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        self._wake()

    def _wake(self):
        while self._waiters:
            w = self._waiters.popleft()
            if not w.done():
                w.set_result(True)
                return

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, *exc):
        self.release()


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        self._waiters = _deque()

    def locked(self):
        return self._value == 0

    async def acquire(self):
        while self._value <= 0:
            w = get_event_loop().create_future()
            self._waiters.append(w)
            await w
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        while self._waiters:
            w = self._waiters.popleft()
            if not w.done():
                w.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, *exc):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError("BoundedSemaphore released too many times")
        super().release()


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._init()
        self._getters = _deque()
        self._putters = _deque()
        self._unfinished = 0
        self._finished = Event()
        self._finished.set()

    def _init(self):
        self._queue = _deque()

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.popleft()

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        return 0 < self._maxsize <= self.qsize()

    def _wake(self, waiters):
        while waiters:
            w = waiters.popleft()
            if not w.done():
                w.set_result(None)
                break

    async def put(self, item):
        while self.full():
            w = get_event_loop().create_future()
            self._putters.append(w)
            await w
        self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished += 1
        self._finished.clear()
        self._wake(self._getters)

    async def get(self):
        while self.empty():
            w = get_event_loop().create_future()
            self._getters.append(w)
            await w
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wake(self._putters)
        return item

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished -= 1
        if self._unfinished == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished > 0:
            await self._finished.wait()


class LifoQueue(Queue):
    def _init(self):
        self._queue = []

    def _get(self):
        return self._queue.pop()


class PriorityQueue(Queue):
    def _init(self):
        self._queue = []

    def _put(self, item):
        _heapq.heappush(self._queue, item)

    def _get(self):
        return _heapq.heappop(self._queue)
