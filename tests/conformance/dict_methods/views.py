# keys(), values() and items() views: liveness, membership, reversal, set operations.
def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)

d = {1: 'a', 2: 'b', 3: 'c'}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), len(v), len(it))
d[4] = 'd'
del d[1]
print(list(k), list(v), list(it))
print(2 in k, 'b' in v, (2, 'b') in it, (2, 'x') in it, 9 in k, [] in v, (1,) in it)
show(lambda: [] in k)
show(lambda: ([], 1) in d.items())
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(it)).__name__)
print(k & {2, 3, 99}, k | {9}, k - {2}, k ^ {3, 10}, {2, 3, 99} & k, {9} | k, {2, 9} - k, {3, 10} ^ k)
print(k & [3, 4], k | (7,), k - range(3), k ^ [4, 5], [3, 4, 5] & k if False else 'skip')
print(it & {(2, 'b'), (3, 'x')}, sorted(it - {(2, 'b')}), sorted(it | {(0, 'z')}))
print(k == {2, 3, 4}, k != {2, 3}, k < {2, 3, 4, 5}, k <= {2, 3, 4}, k > {2}, k >= {2, 3, 4}, {2, 3} < k)
print(k == [2, 3, 4], k == d.keys(), it == {(2, 'b'), (3, 'c'), (4, 'd')}, v == v, v == d.values())
print(k.isdisjoint([7, 8]), k.isdisjoint({2}), it.isdisjoint([(2, 'b')]), k.isdisjoint(k), {}.keys().isdisjoint({}.keys()))
show(lambda: k.isdisjoint(5))
show(lambda: k & 5)
show(lambda: k[0])
show(lambda: v & {1})
show(lambda: v.isdisjoint([]))
print(k.__len__(), v.__len__(), k.__contains__(3), it.__contains__((3, 'c')), list(v.__reversed__()))
print(k.__and__([2]), k.__rsub__([2, 3, 9]), k.__ror__([0]), k.__rxor__([4, 5]), k.__eq__({2, 3, 4}), k.__eq__([1]))
show(lambda: v.__contains__(1))
e = {}
ek = e.keys()
e['new'] = 1
print(ek, list(e.items()), bool(ek), bool({}.values()))
ints = {n: None for n in [40, 8, 16, 24, 32, 0, 5, 13]}
print(ints.keys() | {64, 1}, ints.keys() & {0, 16, 33}, ints.keys() - {8}, ints.keys() ^ {5, 77})
