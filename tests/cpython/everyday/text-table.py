rows = [
    ("Product", "Region", "Q1", "Q2", "Q3"),
    ("Laptop", "North", 12500.5, 13900, 11020.75),
    ("Phone", "South", 8800, 9100.25, 12000),
    ("Tablet", "East", 4300.1, 3900, 4100.9),
    ("Monitor", "West", 2200, 2600.5, 2850),
]

header, data = rows[0], rows[1:]
widths = [max(len(f"{r[i]:,.2f}" if isinstance(r[i], float) else str(r[i])) for r in rows) for i in range(len(header))]

def fmt(value, width):
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"{value:>{width},.2f}"
    return f"{value:<{width}}"

line = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
print(line)
print("| " + " | ".join(f"{h:^{w}}" for h, w in zip(header, widths)) + " |")
print(line.replace("-", "="))
for r in data:
    print("| " + " | ".join(fmt(v, w) for v, w in zip(r, widths)) + " |")
print(line)
totals = [sum(r[i] for r in data) for i in range(2, 5)]
print("totals:", ", ".join(f"{t:,.1f}" for t in totals))
best = max(data, key=lambda r: sum(r[2:]))
print(f"best: {best[0]} ({sum(best[2:]):_.0f})")
print(f"growth Q1->Q3: {(totals[2] - totals[0]) / totals[0]:+.1%}")
