# Mixed int/float/bool comparisons and equal numbers sharing one hash.
print(1 == 1.0 == True, hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d))
print({1: 'int', 1.0: 'float', True: 'bool'})
print({0, 0.0, False, -0.0}, {True, 1, 1.0})
print({1.0: 'a', 2: 'b'}[True], 1.0 in {1}, True in [1])
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > float('inf'), 10 ** 400 < float('inf'), -10 ** 400 < -1e308)
print(hash(1.5), hash(-1), hash(-2), hash(2 ** 64), hash(0.1), hash(1e100))
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 2) == 0.3, 1 < 1.0000000000000002)
print(sorted([True, 0.5, 1, 0, -1.5, False]))
