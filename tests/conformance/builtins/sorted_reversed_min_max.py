# sorted, reversed, min and max with key and default, and their errors.
print(sorted([3, 1, 2]), sorted('cab', reverse=True), sorted((2, 1)), sorted({'b': 1, 'a': 2}))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))), list(reversed((1, 2))))
print(min(3, 1, 2), max([1, 5, 2]), min('bca'), max('apple', 'fig', key=len), min([], default='empty'))
print(max([('a', 2), ('b', 9), ('c', 9)], key=lambda p: p[1]), min([-3, 2, -1], key=abs), max([1, 1.0]), max([1.0, 1]))
print(max({'x': 1, 'y': 5}, key={'x': 1, 'y': 5}.get), min((), default=None))
try:
    min([])
except ValueError as e:
    print('ValueError', e)
try:
    max()
except TypeError as e:
    print('TypeError', e)
try:
    reversed({1, 2})
except TypeError as e:
    print('TypeError', e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print('TypeError', e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print('TypeError', e)
r = reversed([1, 2])
print(type(r).__name__, next(r), list(r))
