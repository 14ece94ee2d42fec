# Set algebra with operators and methods, shown on int sets sorted for clarity.
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union([9], (10,))), sorted(a.intersection(range(3))), sorted(a.difference({1}, {2})), sorted(a.symmetric_difference([4, 6])))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > a, {1, 2}.issubset(range(5)), a.issuperset([1, 4]))
print(a.isdisjoint({7, 8}), a.isdisjoint(b), a == {4, 3, 2, 1}, a != b)
c = set(a)
c |= {10}
c &= {1, 2, 10}
c -= {2}
c ^= {99, 1}
print(sorted(c))
print(len(a), 3 in a, 9 not in a, sorted(set('hello')), len(set([1, 1, 1])))
try:
    a | [1]
except TypeError as e:
    print('TypeError', e)
