from collections import deque
import heapq

class Printer:
    def __init__(self, pages_per_tick: int):
        self.rate = pages_per_tick
        self.current = None
        self.remaining = 0

    def busy(self) -> bool:
        return self.current is not None

    def tick(self):
        if self.current:
            self.remaining -= self.rate
            if self.remaining <= 0:
                done, self.current = self.current, None
                return done
        return None

    def start(self, job):
        self.current, self.remaining = job, job[1]

jobs = deque([("report", 10), ("memo", 2), ("slides", 7), ("photo", 4), ("letter", 1)])
printer = Printer(3)
finished = []
for tick in range(1, 30):
    if not printer.busy() and jobs:
        printer.start(jobs.popleft())
    done = printer.tick()
    if done:
        finished.append((tick, done[0]))
    if not jobs and not printer.busy():
        break
print(finished)

events = []
for t, name in [(5, "e"), (1, "a"), (3, "c"), (1, "b"), (4, "d")]:
    heapq.heappush(events, (t, name))
order = [heapq.heappop(events) for _ in range(len(events))]
print(order)
window = deque(maxlen=3)
for v in [3, 1, 4, 1, 5, 9, 2, 6]:
    window.append(v)
    print(f"{list(window)} avg={sum(window) / len(window):.2f}")
