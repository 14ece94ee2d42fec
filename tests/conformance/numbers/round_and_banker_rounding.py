# round() uses round-half-even on the exact binary value; ndigits may be negative.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(1.25, 1), round(1.35, 1))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(3.14159, 3), round(3.0), type(round(3.7)).__name__, type(round(3.7, 0)).__name__, round(3.7, 0))
print(round(7, 2), type(round(7, 2)).__name__, round(2 ** 70 + 0.0), round(-0.4))
print(round(0.1 + 0.2, 10), round(1e300, 2), round(123.456, 10), round(5e-324, 300))
try:
    round(float('inf'))
except OverflowError as e:
    print('OverflowError', e)
try:
    round(float('nan'))
except ValueError as e:
    print('ValueError', e)
print(round(float('inf'), 2), round(float('nan'), 1))
