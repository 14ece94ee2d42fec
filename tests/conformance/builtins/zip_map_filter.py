# zip (including strict), map with several iterables, and filter with None.
print(list(zip('abc', [1, 2, 3])), list(zip('ab', range(10))), list(zip()), list(zip([1])))
pairs = [('a', 1), ('b', 2)]
letters, numbers = zip(*pairs)
print(letters, numbers)
print(dict(zip(['k1', 'k2'], [10, 20])))
try:
    list(zip('ab', [1], strict=True))
except ValueError as e:
    print('ValueError', e)
try:
    list(zip('a', [1, 2], strict=True))
except ValueError as e:
    print('ValueError', e)
print(list(map(str.upper, ['a', 'b'])), list(map(pow, [2, 3], [3, 2])), list(map(lambda x, y: x + y, 'ab', 'cde')))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda n: n % 2, range(7))))
m = map(int, ['1', '2'])
print(type(m).__name__, next(m), list(m), list(m))
print(sum(map(len, ['ab', 'cde'])), list(filter(str.isdigit, 'a1b22')))
