import csv
import io
from collections import defaultdict

DATA = """date,region,rep,amount
2024-01-05,north,ann,1200.50
2024-01-09,south,bob,830.00
2024-02-11,north,cid,445.25
2024-02-14,east,ann,990.10
2024-03-01,south,bob,1530.75
2024-03-20,north,ann,300.00
"""

by_region = defaultdict(float)
by_month = defaultdict(list)
by_rep = defaultdict(int)
for row in csv.DictReader(io.StringIO(DATA)):
    amount = float(row["amount"])
    by_region[row["region"]] += amount
    by_month[row["date"][:7]].append(amount)
    by_rep[row["rep"]] += 1

for region, total in sorted(by_region.items(), key=lambda kv: kv[1], reverse=True):
    print(f"{region:<6} {total:>10,.2f}")
for month, amounts in sorted(by_month.items()):
    print(month, len(amounts), f"{sum(amounts) / len(amounts):.2f}")

out = io.StringIO()
writer = csv.writer(out, lineterminator="\n")
writer.writerow(["rep", "sales"])
for rep, n in sorted(by_rep.items()):
    writer.writerow([rep, n])
print(out.getvalue(), end="")
