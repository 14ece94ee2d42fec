# The itertools functions a tutorial uses: chain, product, permutations, groupby and more.
import itertools as it
print(list(it.chain([1, 2], 'ab')), list(it.chain.from_iterable([[1], [2, 3]])))
print(list(it.product('ab', [0, 1])), len(list(it.product(range(3), repeat=2))))
print(list(it.permutations('abc', 2)))
print(list(it.combinations(range(4), 2)))
print(list(it.combinations_with_replacement('ab', 2)))
for key, group in it.groupby('aaabccaa'):
    print(key, list(group))
print([(k, len(list(g))) for k, g in it.groupby(sorted([3, 1, 3, 2, 1, 3]))])
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(it.islice(it.cycle('xy'), 5)), list(it.repeat('z', 3)))
print(list(it.zip_longest('abc', [1], fillvalue='-')))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.compress('abcd', [1, 0, 1, 0])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.filterfalse(str.isdigit, 'a1b2')))
print(list(it.pairwise([1, 2, 3, 4])))
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
