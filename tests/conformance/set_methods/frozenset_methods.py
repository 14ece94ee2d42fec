# frozenset: copy identity, hashing, use as keys and members, methods shared with set.
fs = frozenset([3, 1, 2])
print(fs, fs.copy() is fs, frozenset(fs) is fs, len(fs), 2 in fs, 5 in fs)
print(fs.union([4]), fs.intersection([1, 9]), fs.difference([1]), fs.symmetric_difference([1, 7]))
print(fs.issubset(range(5)), fs.issuperset([1]), fs.isdisjoint([9]))
print(fs | set([8]), fs & frozenset([2, 3]), fs - frozenset([3]), fs ^ frozenset([3, 4]))
d = {fs: 'value', frozenset(): 'empty'}
print(d[frozenset([1, 2, 3])], d[frozenset()], frozenset([1, 2, 3]) in d)
nested = frozenset([frozenset([1]), frozenset([1, 2]), frozenset()])
print(len(nested), frozenset([1]) in nested, frozenset([2, 1]) in nested)
s = set([fs])
s.add(frozenset([1, 2, 3]))
print(len(s), fs == set([1, 2, 3]), set([1, 2, 3]) == fs)
print(sorted(sorted(x) for x in nested))
print(frozenset(range(20, 0, -3)), frozenset('') == frozenset(), frozenset([1]).__len__())
class Tagged(frozenset):
    pass
t = Tagged([1, 2])
print(t, type(t).__name__, t | set([3]), type(t | set([3])).__name__, type(t.copy()).__name__, t.copy() == t)
print(Tagged(), isinstance(t, frozenset), hash(t) == hash(frozenset([1, 2])), t.union([5]))
