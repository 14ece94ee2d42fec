# zip_longest fill values, and itertools reading their inputs lazily from generators.
from itertools import zip_longest, islice, takewhile, count, chain


def noisy(name, n):
    for i in range(n):
        print('  ', name, 'yields', i)
        yield i


print(list(zip_longest('ab', 'xyz', fillvalue='-')), list(zip_longest()))
print(list(zip_longest([1], [2, 3], [4, 5, 6])))
print(list(islice(noisy('g', 10), 2)))
print(list(takewhile(lambda v: v < 2, noisy('h', 10))))
print(list(zip_longest(noisy('a', 1), noisy('b', 2))))
squares = (n * n for n in count(1))
print(list(islice(chain([0], squares), 5)))
try:
    zip_longest([1], fill=0)
except TypeError as e:
    print('TypeError', e)
