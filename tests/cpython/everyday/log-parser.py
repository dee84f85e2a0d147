import re
from collections import Counter, defaultdict

LOG = """\
2024-03-01 12:00:01 INFO  user=ada action=login ip=10.0.0.1
2024-03-01 12:00:05 WARN  user=bob action=login ip=10.0.0.2 attempts=3
2024-03-01 12:01:10 ERROR user=ada action=upload size=5MB error="disk full"
2024-03-01 12:02:00 INFO  user=cy action=logout
2024-03-01 12:03:30 ERROR user=bob action=login error="bad password"
2024-03-01 12:04:00 INFO  user=ada action=logout
"""

LINE = re.compile(r"^(?P<date>\S+) (?P<time>\S+) (?P<level>\w+)\s+(?P<rest>.*)$")
PAIR = re.compile(r'(\w+)=("[^"]*"|\S+)')

levels = Counter()
actions = defaultdict(list)
errors = []
for line in LOG.splitlines():
    m = LINE.match(line)
    if not m:
        continue
    fields = {k: v.strip('"') for k, v in PAIR.findall(m["rest"])}
    levels[m["level"]] += 1
    actions[fields["user"]].append(fields["action"])
    if m.group("level") == "ERROR":
        errors.append(f'{m["time"]} {fields["user"]}: {fields.get("error", "?")}')

print(dict(levels), levels.most_common(1))
for user in sorted(actions):
    print(f"{user:>4}: {' -> '.join(actions[user])}")
print("\n".join(errors))
print(re.sub(r"\d+\.\d+\.\d+\.(\d+)", r"x.x.x.\1", LOG.splitlines()[0]))
print(re.split(r"\s+", LOG.splitlines()[1], maxsplit=3))
