# Tuple packing in returns, loops over tuples, and tuples as dict keys.
def min_max(values):
    return min(values), max(values)
lo, hi = min_max([4, 9, 1])
print(lo, hi, min_max([2]))
distances = {('a', 'b'): 5, ('b', 'c'): 3}
print(distances[('a', 'b')], distances['b', 'c'])
for (x, y), dist in distances.items():
    print(x, '->', y, dist)
point = 3, 4
print(point, type(point).__name__, point[0] ** 2 + point[1] ** 2)
records = [('ann', 3), ('bob', 1)]
print(sorted(records, key=lambda r: r[1]), list(zip(*records)))
print(tuple(x * 2 for x in range(3)), (*'ab', *[1]))
