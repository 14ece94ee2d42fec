# Tuples: literals, the one-element comma, count/index, immutability and comparison.
empty, one, two = (), (1,), (1, 2)
print(empty, one, two, (1), type((1)).__name__, type((1,)).__name__)
t = (3, 1, 4, 1, 5)
print(t.count(1), t.index(4), t.index(1, 2), len(t), t[1:3], t[::-1], 4 in t)
print(t + (9,), t * 2, (0,) * 3, tuple(), tuple([1, 2]), tuple('ab'))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 'a') == (1, 'a'))
try:
    t[0] = 9
except TypeError as e:
    print('TypeError', e)
try:
    t.index(42)
except ValueError as e:
    print('ValueError', e)
try:
    t[10]
except IndexError as e:
    print('IndexError', e)
inner = ([1], 2)
inner[0].append('mutable inside')
print(inner)
try:
    inner[0] += ['x']
except TypeError as e:
    print('TypeError', e, inner)
print(hash((1, 2)) == hash((1, 2)), len({(1, 2), (1, 2)}))
try:
    hash(([], 1))
except TypeError as e:
    print('TypeError', e)
