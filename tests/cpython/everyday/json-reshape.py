import json

raw = """
{"orders": [
  {"id": 3, "customer": "ada", "items": [{"sku": "A1", "qty": 2, "price": 9.5}, {"sku": "B2", "qty": 1, "price": 20}], "status": "paid"},
  {"id": 1, "customer": "bob", "items": [{"sku": "A1", "qty": 9, "price": 9.5}], "status": "open"},
  {"id": 2, "customer": "ada", "items": [{"sku": "C3", "qty": 3, "price": 14}], "status": "paid"},
  {"id": 4, "customer": "cy", "items": [], "status": "cancelled"}
]}
"""

data = json.loads(raw)
totals = {}
for order in data["orders"]:
    if order["status"] != "paid":
        continue
    amount = sum(i["qty"] * i["price"] for i in order["items"])
    totals[order["customer"]] = totals.get(order["customer"], 0) + amount

summary = {
    "customers": totals,
    "grand_total": sum(totals.values()),
    "by_status": {},
    "skus": sorted({i["sku"] for o in data["orders"] for i in o["items"]}),
}
for order in data["orders"]:
    summary["by_status"].setdefault(order["status"], []).append(order["id"])

print(json.dumps(summary, indent=2))
print(json.dumps(summary, sort_keys=True, separators=(",", ":")))
rows = [{"customer": c, "total": t} for c, t in sorted(totals.items(), key=lambda kv: -kv[1])]
print(rows)
