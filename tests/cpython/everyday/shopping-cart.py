from decimal import Decimal, ROUND_HALF_UP
from dataclasses import dataclass, field
from typing import Dict

@dataclass
class Product:
    sku: str
    name: str
    price: Decimal

@dataclass
class Cart:
    lines: Dict[str, int] = field(default_factory=dict)

    def add(self, product: Product, qty: int = 1) -> None:
        self.lines[product.sku] = self.lines.get(product.sku, 0) + qty

    def remove(self, sku: str) -> None:
        self.lines.pop(sku, None)

    def total(self, catalog: Dict[str, Product]) -> Decimal:
        return sum((catalog[s].price * q for s, q in self.lines.items()), Decimal("0"))

catalog = {p.sku: p for p in [
    Product("A1", "Notebook", Decimal("3.49")),
    Product("B2", "Pen", Decimal("0.99")),
    Product("C3", "Backpack", Decimal("24.95")),
]}
cart = Cart()
cart.add(catalog["A1"], 3)
cart.add(catalog["B2"], 10)
cart.add(catalog["C3"])
cart.add(catalog["B2"], 2)
cart.remove("Z9")
subtotal = cart.total(catalog)
discount = (subtotal * Decimal("0.10")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
tax = ((subtotal - discount) * Decimal("0.07")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
for sku, qty in cart.lines.items():
    p = catalog[sku]
    print(f"{p.name:<10} x{qty:<3} {p.price * qty:>8}")
print(f"subtotal {subtotal:>17}\ndiscount {-discount:>17}\ntax {tax:>22}\ntotal {subtotal - discount + tax:>20}")
print(cart)
