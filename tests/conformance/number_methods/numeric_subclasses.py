# Methods of int and float reached from instances of their subclasses.
class Money(int):
    def __add__(self, other):
        return Money(super().__add__(other))
    def __repr__(self):
        return 'Money(%d)' % int(self)

class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32

m = Money(5) + 7
print(m, type(m).__name__, m.bit_length(), m.to_bytes(2, 'big'), m.__index__(), type(m.__index__()).__name__, m.as_integer_ratio())
print(m.__add__(1), int.__add__(m, 1), m * 2, type(m * 2).__name__, m.__mul__(2), -m, abs(Money(-3)), m.__neg__())
print(m == 12, m < 13, hash(m) == hash(12), [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130][m], m.__round__(-1), m.__format__('04d'), '%d' % m)
print(int(m), float(m), str(m), repr(m), format(m, 'x'), bool(Money(0)), m.real, m.numerator)
c = Celsius(21.5)
print(c, c.to_f(), c.is_integer(), c.hex(), c.as_integer_ratio(), c.__round__(), round(c), c.__floor__(), c.__ceil__(), c + 1, type(c + 1).__name__)
print(c == 21.5, c.__eq__(21.5), c.__lt__(22), float.__add__(c, 0.5), c.__trunc__(), int(c), c.conjugate(), type(c.conjugate()).__name__)
class Flag(int):
    pass
f = Flag(6)
print(f & 3, f | 1, f ^ 2, f << 1, f >> 1, ~f, f.__and__(3), f.__rand__(3), f.bit_count(), divmod(f, 4), f ** 2, pow(f, 2, 5))
