# groupby keys and groups (including stale groups), tee copies reading at different paces.
from itertools import groupby, tee

print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([(k, len(list(g))) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda n: n % 2)])
pairs = list(groupby('aabbc'))
print([(k, list(g)) for k, g in pairs])
words = sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], key=lambda w: w[0])
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
g = groupby('xxy')
k, first = next(g)
print(k, next(first))
k2, second = next(g)
print(k2, list(first), list(second))
a, b = tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
x, y, z = tee('abc', 3)
print(list(x), list(zip(y, z)))
c1, = tee(range(3), 1)
c2, c3 = tee(c1)
print(next(c2), list(c3), list(c2))
print(tee([1], 0), type(x).__name__)
try:
    tee([1], -1)
except ValueError as e:
    print('ValueError', e)
