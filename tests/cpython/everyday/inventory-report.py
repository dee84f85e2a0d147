from dataclasses import dataclass
from typing import List

@dataclass
class Item:
    name: str
    category: str
    qty: int
    price: float

    @property
    def value(self) -> float:
        return self.qty * self.price

inventory: List[Item] = [
    Item("widget", "tools", 12, 3.5),
    Item("gadget", "tools", 3, 19.99),
    Item("apple", "food", 40, 0.25),
    Item("bread", "food", 5, 2.4),
    Item("hammer", "tools", 0, 12.0),
    Item("cheese", "food", 7, 6.75),
]

by_category = {}
for item in inventory:
    by_category.setdefault(item.category, []).append(item)

print(f"{'Item':<10}{'Qty':>5}{'Price':>9}{'Value':>10}")
print("-" * 34)
for category, items in by_category.items():
    print(f"[{category}]")
    for it in sorted(items, key=lambda i: i.value, reverse=True):
        print(f"{it.name:<10}{it.qty:>5}{it.price:>9.2f}{it.value:>10,.2f}")
    subtotal = sum(i.value for i in items)
    print(f"{'subtotal':<24}{subtotal:>10,.2f}")

out_of_stock = [i.name for i in inventory if i.qty == 0]
print("out of stock:", ", ".join(out_of_stock) or "none")
print(f"total value: {sum(i.value for i in inventory):,.2f}")
