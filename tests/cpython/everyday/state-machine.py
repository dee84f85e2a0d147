from enum import Enum, auto

class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    STOPPED = auto()

TRANSITIONS = {
    (State.IDLE, "start"): State.RUNNING,
    (State.RUNNING, "pause"): State.PAUSED,
    (State.PAUSED, "resume"): State.RUNNING,
    (State.RUNNING, "stop"): State.STOPPED,
    (State.PAUSED, "stop"): State.STOPPED,
}

class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.log = []

    def send(self, event: str) -> bool:
        key = (self.state, event)
        if key not in TRANSITIONS:
            self.log.append(f"ignored {event!r} in {self.state.name}")
            return False
        new = TRANSITIONS[key]
        self.log.append(f"{self.state.name} --{event}--> {new.name}")
        self.state = new
        return True

m = Machine()
results = [m.send(e) for e in ["pause", "start", "pause", "resume", "start", "stop", "resume"]]
print(results)
print("\n".join(m.log))
print(m.state, m.state is State.STOPPED, [s.name for s in State])
counts = {}
for line in m.log:
    kind = line.split()[0]
    counts[kind] = counts.get(kind, 0) + 1
print(counts)
