# Floats print with the shortest repr that round-trips.
values = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1.0, 100.0, 1e16, 1e15, 123456789012345678.0,
          1e-4, 1e-5, 0.0001234, 1.5e300, 5e-324, 1.7976931348623157e308, 2.0 ** 0.5,
          0.3, 1.1 * 3, 3.3, 9007199254740993.0, 1e22, 1e23, 4.35, 0.1 * 3, 100 * 1.1]
for v in values:
    print(repr(v), str(v))
print(-0.0, 0.0 == -0.0, 1e308 * 10, -1e308 * 10)
print(float('nan'), float('inf'), float('-inf'), float('  -Infinity '), float('nan') != float('nan'))
print(0.1 + 0.7, 1.15 * 100, 2.675 * 100, 1 - 0.9)
print([1.0, 2.5, -3.0], (0.5,), {1.25: 2.0})
