# len, range (repr, len, indexing, membership, negative steps) and enumerate with start.
print(len('abc'), len([1, 2]), len({}), len(range(10)), len(range(0, 10, 3)), len(range(5, 0)))
r = range(2, 20, 4)
print(r, list(r), r[1], r[-1], r[1:3], 10 in r, 11 in r, r.index(14), r.count(6))
print(list(range(5, 0, -1)), list(range(-3)), list(range(0, -10, -4)), range(3) == range(0, 3, 1))
print(range(0), range(1, 2), repr(range(-5, 5, 2)), range(10 ** 20)[-1])
try:
    len(range(10 ** 20))
except OverflowError as ex:
    print('OverflowError', ex)
for i, ch in enumerate('xyz', start=1):
    print(i, ch)
print(list(enumerate([])), list(enumerate(['a', 'b'], -1)))
e = enumerate('ab')
print(next(e), next(e), next(e, 'end'))
try:
    range(1, 2, 0)
except ValueError as ex:
    print('ValueError', ex)
try:
    range(1.5)
except TypeError as ex:
    print('TypeError', ex)
try:
    len(42)
except TypeError as ex:
    print('TypeError', ex)
