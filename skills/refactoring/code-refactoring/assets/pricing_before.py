"""The legacy pricing function of the worked example, before refactoring."""


def price(order):
    t = 0
    for i in order["items"]:
        if i["type"] == "book":
            t += i["price"] * i["qty"] * 0.95
        elif i["type"] == "food":
            t += i["price"] * i["qty"]
            if i["qty"] > 10:
                t -= 2
        else:
            t += i["price"] * i["qty"] * 1.2
    if order.get("country") != "NO" and t < 50:
        t += 4.99
    return round(t, 2)
