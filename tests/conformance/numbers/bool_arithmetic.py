# bool is a subclass of int: arithmetic, repr, and where True/False print as numbers.
print(True + True, True * 10, False - 1, True / 2, -True, ~True, True ** 2)
print(sum([True, True, False, True]), [1, 2, 3][True], 'ab'[False])
print(isinstance(True, int), type(True + 0).__name__, str(True), repr(False))
print(int(True), float(True), bool(2), bool(-1), bool(0.0), bool('False'))
print(True == 1, False == 0, True == 1.0, True is True)
print(f'{True}', '%d' % True, '%s' % True, '{}'.format(False), format(True, '5'))
print(max(True, 2), min(False, -1), divmod(True, 2), abs(False))
print(True & 3, True | 2, True ^ True, True and 3, False or 0)
