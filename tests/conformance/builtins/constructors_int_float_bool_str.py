# int(), float(), bool(), str() with no argument, with values and with errors.
print(int(), float(), bool(), repr(str()), list(), tuple(), dict(), set(), frozenset())
print(int(3.9), int('  12  '), int(-0.5), float('1e2'), float(5), bool([]), bool('0'), str(1.50), str(b'ab'))
print(int('101', 2), int(True), float(' -inf '), str(None), str(object), bool(None))
class HasIndex:
    def __index__(self):
        return 7
class HasInt:
    def __int__(self):
        return 8
class HasFloat:
    def __float__(self):
        return 9.5
print(int(HasInt()), float(HasFloat()), bin(HasIndex()), [0, 1, 2, 3, 4, 5, 6, 7][HasIndex()])
print(str(123), str(-0.0), str([1, '2']), str('already'))
try:
    int(None)
except TypeError as e:
    print('TypeError', e)
try:
    float('')
except ValueError as e:
    print('ValueError', e)
