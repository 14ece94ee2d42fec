# hash() of ints, floats, bools, tuples, None-free results only; unhashable types raise.
print(hash(0), hash(1), hash(-1), hash(-2), hash(10 ** 20), hash(True), hash(False))
print(hash(1.0), hash(0.5), hash(-0.5), hash(float('inf')), hash(float('-inf')))
print(hash(2 ** 61 - 1), hash(2 ** 61 - 2), hash(-(2 ** 61 - 1)))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)), hash(()) == hash(()))
print(hash('abc') == hash('abc'), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
class Custom:
    def __hash__(self):
        return 12345
print(hash(Custom()))
class Negative:
    def __hash__(self):
        return -1
print(hash(Negative()))
class Big:
    def __hash__(self):
        return 2 ** 70
print(hash(Big()))
for unhashable in ([], {}, set(), bytearray()):
    try:
        hash(unhashable)
    except TypeError as e:
        print('TypeError', e)
class BadHash:
    def __hash__(self):
        return 'nope'
try:
    hash(BadHash())
except TypeError as e:
    print('TypeError', e)
