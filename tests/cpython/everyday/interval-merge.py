from typing import List, Tuple

Interval = Tuple[int, int]

def merge(intervals: List[Interval]) -> List[Interval]:
    out: List[Interval] = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out

def free_slots(busy: List[Interval], day: Interval) -> List[Interval]:
    slots, cur = [], day[0]
    for s, e in merge(busy):
        if s > cur:
            slots.append((cur, s))
        cur = max(cur, e)
    if cur < day[1]:
        slots.append((cur, day[1]))
    return slots

def fmt(m: int) -> str:
    h, mm = divmod(m, 60)
    return f"{h:02d}:{mm:02d}"

busy = [(540, 600), (570, 630), (720, 780), (900, 960), (950, 1000), (600, 615)]
print(merge(busy))
for s, e in free_slots(busy, (480, 1080)):
    print(f"{fmt(s)}-{fmt(e)} ({e - s} min)")
print(sum(e - s for s, e in merge(busy)), max(free_slots(busy, (480, 1080)), key=lambda se: se[1] - se[0]))
