# frozenset is hashable and immutable; it equals a set with the same ints.
f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, f == {1, 2, 3}, type(f | {4}).__name__, type({4} | f).__name__)
d = {f: 'frozen key'}
print(d[frozenset({1, 2, 3})])
print(frozenset(), repr(frozenset()), frozenset() == set())
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested))
try:
    f.add(4)
except AttributeError as e:
    print('AttributeError', e)
print(sorted(f.union({10})), sorted(f - {1}), f.issubset(range(4)))
print(hash(frozenset()) == hash(frozenset([])), frozenset([1, 2]) == frozenset([2, 1]))
