# Set displays of constants, and constant sets iterated by for, comprehensions and `in`:
# CPython builds them through a shared frozenset constant, which decides int-set order.
x = 9
print({5, 13, 21, 29}, {29, 21, 13, 5}, {13, 29})
print({-5, -1, -2, 0, 3, 2 ** 40, 2 ** 61, 2 ** 61 + 3})
print({1, x, 17, 25}, {9, 1, 17, 25}, {25, 17, 1, 9})
print({(1, 2), (3, 4), (1, 2)}, {3 * 8, 40 // 5, 64 % 9, 1 << 7, 7.5, -0.0, 0})
print({True, False, 8, 16, 24}, {not 1, 8, 16}, {-8, ~7, +8}, {0.25, 0.5, 16.0, 24.0, 8.0})
print({10 ** 30 * 10 ** 30, 8, 16, 24}, {2 ** 130, 8, 16}, {1 << 130, 8, 16}, {1 << 100, 8, 16})
print({0, -0.0, 33, 1 << 70}, {-0.0, 0, 33, 1 << 70}, {1, True, 9}, {True, 1, 9})
for v in {40, 8, 16, 24, 32, 0}:
    print(v, end=' ')
print()
for v in {17, 1}:
    print(v, end=' ')
print()
print([v * 2 for v in {64, 1, 128, 2, 256}], {v for v in {9, 1, 17}}, 17 in {1, 9, 17}, 3 not in {3, 11})
def inner():
    return {21, 13, 5, 29}
print(inner(), {33, 1, 65, 97, 129}, {129, 97, 65, 33, 1})
s = {*[9, 1, 17], 25}
print(s, {*{9, 1, 17}}, {1, 9, *(17, 25)})
