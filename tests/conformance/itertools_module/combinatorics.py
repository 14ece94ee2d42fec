# product, permutations, combinations and combinations_with_replacement: order and edge cases.
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product('ab', [0, 1])), list(product([1, 2], repeat=2)))
print(list(product()), list(product('ab', [])), len(list(product(range(3), repeat=3))))
print(list(permutations('abc', 2)))
print(list(permutations(range(3))), list(permutations('ab', 3)), list(permutations([], 0)))
print(list(combinations('abcd', 2)), list(combinations(range(4), 3)), list(combinations('ab', 3)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement('', 0)))
print(list(combinations_with_replacement([], 2)), sum(1 for _ in combinations(range(10), 4)))
for bad in (lambda: product(repeat=-1), lambda: permutations('a', -1), lambda: combinations('a'),
            lambda: permutations('a', 'b'), lambda: combinations('a', 1.0)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
