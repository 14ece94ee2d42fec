# Messages of ZeroDivisionError and OverflowError for ints and floats.
cases = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0),
    lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: divmod(1.5, 0),
    lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: 10 ** 400 * 1.0,
    lambda: float(10 ** 400), lambda: 2.0 ** 10000, lambda: int(float('inf')),
    lambda: int(float('nan')), lambda: pow(0, -1, 5), lambda: pow(2, 3, 0),
]
for case in cases:
    try:
        print(case())
    except (ArithmeticError, ValueError) as e:
        print(type(e).__name__ + ':', e)
