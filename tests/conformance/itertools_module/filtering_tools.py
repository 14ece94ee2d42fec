# takewhile, dropwhile, filterfalse, compress, starmap, accumulate and pairwise.
from itertools import takewhile, dropwhile, filterfalse, compress, starmap, accumulate, pairwise
import operator

nums = [1, 4, 6, 4, 1, 8]
print(list(takewhile(lambda x: x < 5, nums)), list(dropwhile(lambda x: x < 5, nums)))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None])))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('AB', [1, 1, 1, 1])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(operator.add, ['ab', 'cd'])))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2], initial=100)), list(accumulate([], initial=0)))
print(list(accumulate(['a', 'b', 'c'])), list(pairwise('ABCD')), list(pairwise([1])))
for bad in (lambda: takewhile(None), lambda: accumulate(), lambda: pairwise(1, 2), lambda: compress('a')):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
try:
    list(starmap(pow, [1]))
except TypeError as e:
    print('TypeError', e)
