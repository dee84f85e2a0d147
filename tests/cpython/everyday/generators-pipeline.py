import itertools

def read_lines():
    data = """id,score
1,88
2,not-a-number
3,92
4,
5,75
6,100"""
    yield from data.splitlines()

def parse(lines):
    header = next(lines).split(",")
    for line in lines:
        yield dict(zip(header, line.split(",")))

def valid(rows):
    for r in rows:
        try:
            r["score"] = int(r["score"])
        except ValueError:
            print(f"skip row {r['id']}: {r['score']!r}")
            continue
        yield r

def batched(it, n):
    it = iter(it)
    while chunk := list(itertools.islice(it, n)):
        yield chunk

rows = list(valid(parse(read_lines())))
print(rows)
for batch in batched(rows, 2):
    print([r["id"] for r in batch], sum(r["score"] for r in batch))
running = list(itertools.accumulate(r["score"] for r in rows))
print(running)
pairs = list(itertools.pairwise(r["score"] for r in rows))
print([b - a for a, b in pairs])
groups = {k: [r["id"] for r in g] for k, g in itertools.groupby(sorted(rows, key=lambda r: r["score"] >= 90), key=lambda r: r["score"] >= 90)}
print(groups)
