# Lists compare lexicographically; +, *, in, len, and equality with other sequences.
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99])
print([1, 2] == [1, 2], [1, 2] == (1, 2), [1, [2]] == [1, [2]], [1] != [1.0])
print([1, 2] + [3], [0] * 3, 3 * ['a'], [1] * 0, [None] * 2)
print(2 in [1, 2], [2] in [1, [2]], 'a' not in ['ab'])
print(len([]), len([[], []]), max([[1, 2], [3]]), min([[1, 2], [1]]))
print(list(range(3)), list('ab'), list((1, 2)), list({'k': 1}), list())
print([x for x in reversed([1, 2, 3])], list(enumerate(['a', 'b'], 1)))
try:
    [1, 'a'] < [1, 2]
except TypeError as e:
    print('TypeError', e)
