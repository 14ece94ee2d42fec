# any and all short-circuit; sum with start; on empty iterables.
def noisy(v):
    print('check', v)
    return v
print(any(noisy(v) for v in [0, 2, 3]))
print(all(noisy(v) for v in [1, 0, 3]))
print(any([]), all([]), any([0, '', None]), all(['a', 1, [0]]))
print(sum([]), sum([], 5), sum([0.5, 0.25]), sum(range(1, 11)), sum([True, True]), sum([1, 2.0]))
print(sum([[1], [2]], start=[]), sum(x * x for x in range(4)))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError', e)
