# keys(), values() and items() are live views; key views support set operations.
d = {'a': 1, 'b': 2, 'c': 3}
keys, values, items = d.keys(), d.values(), d.items()
print(keys, values, items)
d['d'] = 4
del d['a']
print(list(keys), list(values), list(items), len(keys))
print('b' in keys, 2 in values, ('b', 2) in items, ('b', 3) in items)
print(sorted(keys & {'b', 'z'}), sorted(keys | {'z'}), sorted(keys - {'b'}), sorted(keys ^ {'b', 'q'}))
print(keys == {'b', 'c', 'd'}, keys.isdisjoint(['x']))
for k, v in d.items():
    print(k, v)
try:
    keys[0]
except TypeError as e:
    print('TypeError', e)
print(list(zip(d, d.values())))
