# Iteration order of int sets follows CPython's hash table layout, not insertion or sorted order.
print({10, 3, 100, 33, 1000, -1, 8, 16, 17, 32})
print({5, 13, 21, 29})
print({64, 1, 128, 2, 256})
print(set([40, 8, 16, 24, 32, 0]))
s = set()
for n in [31, 7, 15, 23, 1, 9]:
    s.add(n)
print(s, list(s))
big = set(range(20, 0, -3))
print(big)
print({-5, -1, -2, 0, 3, 2 ** 40, 2 ** 61, 2 ** 61 + 3})
print(set(range(50, 60)) | {8, 1, 100})
print({True, 2, 0, False, 1.0})
grown = {0}
for n in range(1, 40, 7):
    grown.add(n * 13)
print(grown)
removed = set(range(12))
for n in range(0, 12, 2):
    removed.discard(n)
removed.add(40)
print(removed)
print(frozenset([9, 18, 27, 4]), {n % 7 for n in range(100, 120)})
