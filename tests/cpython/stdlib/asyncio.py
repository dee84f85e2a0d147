# asyncio: run, gather, sleep, create_task, wait_for, Queue, Event, Lock, timeout (issue 14).
## case run-basic
import asyncio
async def main():
    await asyncio.sleep(0)
    return 42
print(asyncio.run(main()))
## case gather-order
import asyncio
async def work(name, delay):
    await asyncio.sleep(delay)
    print("done", name)
    return name.upper()
async def main():
    return await asyncio.gather(work("a", 0.03), work("b", 0.01), work("c", 0.02))
print(asyncio.run(main()))
## case create-task
import asyncio
async def child(n):
    await asyncio.sleep(0.01 * n)
    return n * n
async def main():
    tasks = [asyncio.create_task(child(n)) for n in range(3)]
    print([await t for t in tasks], tasks[0].done())
asyncio.run(main())
## case wait-for-timeout
import asyncio
async def slow():
    await asyncio.sleep(1)
async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError as e:
        print(type(e).__name__)
    print(await asyncio.wait_for(asyncio.sleep(0, "fast"), 1))
asyncio.run(main())
## case queue-producer-consumer
import asyncio
async def producer(q):
    for i in range(4):
        await q.put(i)
    await q.put(None)
async def consumer(q, out):
    while (item := await q.get()) is not None:
        out.append(item * 10)
async def main():
    q = asyncio.Queue()
    out = []
    await asyncio.gather(producer(q), consumer(q, out))
    print(out, q.empty())
asyncio.run(main())
## case event
import asyncio
async def waiter(ev, log):
    await ev.wait()
    log.append("woke")
async def main():
    ev = asyncio.Event()
    log = []
    t = asyncio.create_task(waiter(ev, log))
    await asyncio.sleep(0.01)
    log.append("set")
    ev.set()
    await t
    print(log, ev.is_set())
asyncio.run(main())
## case lock
import asyncio
async def main():
    lock = asyncio.Lock()
    shared = []
    async def job(n):
        async with lock:
            shared.append(f"start{n}")
            await asyncio.sleep(0.001)
            shared.append(f"end{n}")
    await asyncio.gather(*(job(i) for i in range(3)))
    print(shared, lock.locked())
asyncio.run(main())
## case timeout-context
import asyncio
async def main():
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out")
asyncio.run(main())
## case gather-exceptions
import asyncio
async def bad():
    raise ValueError("x")
async def good():
    return 1
async def main():
    print(await asyncio.gather(good(), bad(), return_exceptions=True))
    try:
        await asyncio.gather(good(), bad())
    except ValueError as e:
        print("raised", e)
asyncio.run(main())
## case semaphore-and-as-completed
import asyncio
async def main():
    sem = asyncio.Semaphore(2)
    async def f(n):
        async with sem:
            await asyncio.sleep(0.01 * (3 - n))
            return n
    res = [await c for c in asyncio.as_completed([f(i) for i in range(3)])]
    print(sorted(res))
asyncio.run(main())
## case task-cancel
import asyncio
async def forever():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelled inside")
        raise
async def main():
    t = asyncio.create_task(forever())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
asyncio.run(main())
