# Methods of int: bit_length, bit_count, as_integer_ratio, conjugate, and attributes.
def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)

for n in [0, 1, -1, 5, -5, 255, 256, -256, 2 ** 63 - 1, -2 ** 63, 2 ** 64, -(2 ** 100) + 1, True, False]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(), n.real, n.imag, n.numerator, n.denominator)
print(type(True.conjugate()).__name__, type(True.as_integer_ratio()[0]).__name__, type(True.real).__name__)
show(lambda: (5).bit_length(1))
show(lambda: (5).bit_count(x=1))
show(lambda: (5).is_integer())
show(lambda: int.bit_length())
show(lambda: int.bit_length(5.0))
print(int.bit_length(7), int.bit_count(-7), (10).__index__(), (10).__int__(), (10).__float__(), (10).__trunc__(), (10).__floor__(), (10).__ceil__())
print((-7).__abs__(), (7).__neg__(), (7).__pos__(), (7).__invert__(), (0).__bool__(), (3).__bool__(), (2 ** 70).__float__())
show(lambda: (10 ** 400).__float__())
print((1234).__round__(), (1234).__round__(-2), (1250).__round__(-2), (1350).__round__(-2), (-1250).__round__(-2), (5).__round__(2), (15).__round__(-1), (25).__round__(-1))
print((12345).__round__(-10), (2 ** 70).__round__(-20))
show(lambda: (7).__round__(None))
show(lambda: (5).__round__(1.5))
show(lambda: (5).__round__(1, 2))
print((5).__format__(''), (5).__format__('>4'), (255).__format__('x'), (255).__format__('#010b'), (1234567).__format__(','), (5).__format__('.2f'), True.__format__(''), True.__format__('d'))
show(lambda: (5).__format__(5))
show(lambda: (5).__format__('q'))
print((5).__hash__(), (-1).__hash__(), (2 ** 61).__hash__(), (2 ** 61 - 1).__hash__(), (-(2 ** 61)).__hash__(), True.__hash__())
print((5).__getnewargs__(), True.__getnewargs__(), (5).__repr__(), True.__repr__(), int.__repr__(True), (2 ** 70).__repr__())
print(True.__and__(True), True.__or__(False), True.__xor__(True), True.__and__(1), int.__and__(True, True), True.__rand__(False))
print(True & 1, True | False, False ^ True, True & 3, type(True & 3).__name__, type(True & False).__name__)
