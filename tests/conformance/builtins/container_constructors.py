# list(), tuple(), dict(), set(), frozenset() from various iterables, and their copies.
print(list('abc'), list(range(3)), list({'a': 1}), list((1, 2)), list(x for x in 'hi'))
print(tuple([1, 2]), tuple('ab'), tuple({5: 'x'}), tuple(range(0)))
print(dict([(1, 'a'), (2, 'b')]), dict(a=1), dict({'x': 1}, y=2), dict(zip('ab', 'cd')), dict([]))
print(sorted(set([3, 1, 3])), set(), sorted(frozenset('aab')), set(range(3)) == {0, 1, 2})
orig = [1, [2]]
copy = list(orig)
print(copy == orig, copy is orig, copy[1] is orig[1])
try:
    list(5)
except TypeError as e:
    print('TypeError', e)
try:
    dict(['ab', 'c'])
except ValueError as e:
    print('ValueError', e)
try:
    tuple(None)
except TypeError as e:
    print('TypeError', e)
