"""The same rules after the refactoring steps of the worked example."""

MULTIPLIER = {"book": 0.95, "food": 1.0}
DEFAULT_MULTIPLIER = 1.2
BULK_FOOD_DISCOUNT = 2
FREE_SHIPPING_COUNTRIES = {"NO"}
FREE_SHIPPING_THRESHOLD = 50
SHIPPING_FEE = 4.99


def line_total(item) -> float:
    total = item["price"] * item["qty"] * MULTIPLIER.get(item["type"], DEFAULT_MULTIPLIER)
    if item["type"] == "food" and item["qty"] > 10:
        total -= BULK_FOOD_DISCOUNT
    return total


def shipping(subtotal: float, country: str | None) -> float:
    if country in FREE_SHIPPING_COUNTRIES or subtotal >= FREE_SHIPPING_THRESHOLD:
        return 0
    return SHIPPING_FEE


def price(order) -> float:
    subtotal = sum(line_total(item) for item in order["items"])
    return round(subtotal + shipping(subtotal, order.get("country")), 2)
