# A failed f-string format and an unhashable set-comprehension element are reported at the whole f-string or comprehension.
def unique(rows):
    return {row for row in rows}


try:
    unique([[1, 2], [3]])
except TypeError as e:
    print("TypeError:", e)

price = 2.5
print(f"price: {price:.2f}")
print(f"units: {price:d} left")
