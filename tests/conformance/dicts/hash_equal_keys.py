# Keys that compare equal and hash equal collide: 1, 1.0 and True are one key; the first key object stays.
d = {1: 'int', 1.0: 'float', True: 'bool'}
print(d)
d2 = {True: 'bool'}
d2[1] = 'int'
d2[1.0] = 'float'
print(d2)
print({0: 'zero', False: 'false', 0.0: 'float'}, {-0.0: 'a', 0: 'b'})
counts = {}
for key in [1, 1.0, True, 2, 2.0]:
    counts[key] = counts.get(key, 0) + 1
print(counts)
print(hash(1) == hash(1.0) == hash(True), hash(2.5) == hash(2.5))
print({(1, 2): 'tuple'}[(1.0, 2.0)], {'a': 1}.get('a'))
print(1 in {1.0: 'x'}, 1.5 in {1: 'y'}, len({1, 1.0, True, 2}))
