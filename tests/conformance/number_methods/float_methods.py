# Methods of float: is_integer, as_integer_ratio, hex, fromhex, conjugate and rounding.
def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)

for x in [0.0, -0.0, 1.0, 1.5, -2.5, 0.1, 1e300, 5e-324, 2.0 ** 60, 123.456]:
    print(x, x.is_integer(), x.as_integer_ratio(), x.hex(), x.conjugate(), float.fromhex(x.hex()) == x)
for x in [float('inf'), float('-inf'), float('nan')]:
    print(x, x.is_integer(), x.hex(), x.conjugate())
show(lambda: float('inf').as_integer_ratio())
show(lambda: float('nan').as_integer_ratio())
for s in ['0x1.8p1', ' -0X1.8P+1 ', '0x1p-1074', '0x1p-1075', '0x1.0000000000000fp0', '0x.8', '1', '0x1.p0', 'inf', '-Infinity', 'nan', '0x1.fffffffffffff7p1023', '-0x0p0', 'a', '0xA.Bp-3', '  0x1  ']:
    show(lambda: float.fromhex(s))
for s in ['0x1p1024', '0x1.fffffffffffff8p1023', 'x', '0x', '0x1_0p0', '0x1p', '1e5', '0x1.2.3', '']:
    show(lambda: float.fromhex(s))
show(lambda: float.fromhex(1))
show(lambda: (1.5).hex(1))
show(lambda: (1.5).is_integer(None))
print((2.5).__round__(), (3.5).__round__(), (-2.5).__round__(), (2.675).__round__(2), (1234.5678).__round__(-2), (0.5).__round__(0), (1.5).__round__(None))
print((1e300).__round__(-400), (-1e-300).__round__(400), (7.25).__round__(1), (7.35).__round__(1), type((2.5).__round__()).__name__, type((2.5).__round__(0)).__name__)
show(lambda: float('inf').__round__())
show(lambda: float('nan').__round__())
show(lambda: (1.5).__round__('1'))
print((2.7).__trunc__(), (-2.7).__trunc__(), (2.7).__floor__(), (-2.7).__floor__(), (2.2).__ceil__(), (-2.2).__ceil__(), (1e20).__floor__(), (2.7).__int__())
show(lambda: float('inf').__floor__())
show(lambda: float('nan').__ceil__())
show(lambda: float('-inf').__trunc__())
print(float.__getformat__('double'), float.__getformat__('float'))
show(lambda: float.__getformat__('int'))
show(lambda: float.__getformat__(1))
print((1.5).__getnewargs__(), (1.5).__float__(), (-1.5).__abs__(), (1.5).__neg__(), (0.0).__bool__(), (-0.0).__bool__(), (0.1).__bool__())
print((1.5).__repr__(), (1e16).__repr__(), (1.5).__format__('.3f'), (1.5).__format__(''), (0.25).__format__('%'), (1.5).__hash__(), (2.0).__hash__() == hash(2))
class F(float):
    pass
f = F.fromhex('0x1.8p0')
print(f, type(f).__name__, f.is_integer(), f.hex(), f.as_integer_ratio())
