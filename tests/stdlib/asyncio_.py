import asyncio

log = []

async def worker(name, delay, result):
    log.append("start " + name)
    await asyncio.sleep(delay)
    log.append("end " + name)
    return result

async def failing():
    await asyncio.sleep(0.01)
    raise ValueError("bad")

async def main():
    r = await asyncio.gather(worker("a", 0.12, 1), worker("b", 0.01, 2), worker("c", 0.06, 3))
    print("gather", r, log)
    t = asyncio.create_task(worker("t", 0.01, "task"))
    print(t.done(), await t, t.done(), t.result())
    print([type(x).__name__ for x in await asyncio.gather(failing(), worker("d", 0.02, 4), return_exceptions=True)])
    try:
        await asyncio.gather(failing(), worker("e", 0.001, 5))
    except ValueError as e:
        print("gather raised", e)
    try:
        await asyncio.wait_for(worker("slow", 1, 0), timeout=0.02)
    except asyncio.TimeoutError:
        print("wait_for timed out")
    print(await asyncio.wait_for(worker("fast", 0.001, "ok"), timeout=1))
    try:
        async with asyncio.timeout(0.02):
            await asyncio.sleep(1)
    except asyncio.TimeoutError:
        print("timeout block")
    q = asyncio.Queue()
    async def producer():
        for i in range(5):
            await q.put(i)
            await asyncio.sleep(0)
        await q.put(None)
    async def consumer():
        got = []
        while True:
            item = await q.get()
            q.task_done()
            if item is None:
                return got
            got.append(item * 10)
    _, got = await asyncio.gather(producer(), consumer())
    print("queue", got, q.empty(), q.qsize())
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "woken"
    wt = asyncio.create_task(waiter())
    await asyncio.sleep(0.005)
    print(wt.done(), ev.is_set())
    ev.set()
    print(await wt)
    lock = asyncio.Lock()
    order = []
    async def critical(n):
        async with lock:
            order.append(("in", n))
            await asyncio.sleep(0.001)
            order.append(("out", n))
    await asyncio.gather(*(critical(i) for i in range(3)))
    print("lock", order, lock.locked())
    sem = asyncio.Semaphore(2)
    active = [0, 0]
    async def limited():
        async with sem:
            active[0] += 1
            active[1] = max(active[1], active[0])
            await asyncio.sleep(0.002)
            active[0] -= 1
    await asyncio.gather(*(limited() for _ in range(5)))
    print("max concurrent", active[1])
    victim = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    victim.cancel()
    try:
        await victim
    except asyncio.CancelledError:
        print("cancelled", victim.cancelled())
    done, pending = await asyncio.wait([asyncio.create_task(worker("w1", 0.001, 1)), asyncio.create_task(worker("w2", 0.05, 2))], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [t.result() for t in done])
    for p in pending:
        p.cancel()
    results = []
    for coro in asyncio.as_completed([worker("x", 0.02, "x"), worker("y", 0.001, "y")]):
        results.append(await coro)
    print("as_completed", results)
    pq = asyncio.PriorityQueue()
    for v in (5, 1, 3):
        pq.put_nowait(v)
    print([pq.get_nowait() for _ in range(3)], asyncio.iscoroutine(main()) if False else True)
    return "main done"

print(asyncio.run(main()))
async def compute():
    await asyncio.sleep(0)
    return 42
print(asyncio.run(compute()))
try:
    asyncio.run(failing())
except ValueError as e:
    print("run raised", e)
