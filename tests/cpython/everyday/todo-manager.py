from dataclasses import dataclass, field
from datetime import date
from enum import Enum

class Priority(Enum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

@dataclass(order=True)
class Task:
    sort_key: tuple = field(init=False, repr=False)
    title: str
    due: date
    priority: Priority = Priority.MEDIUM
    done: bool = False

    def __post_init__(self):
        self.sort_key = (-self.priority.value, self.due)

tasks = [
    Task("write report", date(2024, 5, 3), Priority.HIGH),
    Task("buy milk", date(2024, 5, 1), Priority.LOW),
    Task("call bank", date(2024, 5, 2)),
    Task("fix bug", date(2024, 5, 1), Priority.HIGH),
    Task("plan trip", date(2024, 6, 1), Priority.LOW, done=True),
]

for t in sorted(tasks):
    mark = "x" if t.done else " "
    print(f"[{mark}] {t.title:<14} {t.due.isoformat()} {t.priority.name}")

today = date(2024, 5, 2)
overdue = [t.title for t in tasks if t.due < today and not t.done]
print("overdue:", overdue)
by_prio = {p.name: sum(1 for t in tasks if t.priority is p) for p in Priority}
print(by_prio)
print(tasks[2])
