# Arithmetic dunders, reflected operands, in-place operators and NotImplemented.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Vec({self.x}, {self.y})'
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented
    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    def __rmul__(self, k):
        print('__rmul__')
        return self * k
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __iadd__(self, other):
        print('__iadd__')
        self.x += other.x
        self.y += other.y
        return self
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, b - a, a * 3, 3 * a, b / 2, b // 2, b % 2, a ** 2, -a, +a, abs(b))
c = a
c += b
print(c, a, c is a)
d = b
d -= a
print(d, b, d is b)
try:
    a + 1
except TypeError as e:
    print('TypeError', e)
try:
    'x' * a
except TypeError as e:
    print('TypeError', e)
class Num:
    def __init__(self, n):
        self.n = n
    def __radd__(self, other):
        return Num(other + self.n)
    def __and__(self, o): return 'and'
    def __or__(self, o): return 'or'
    def __xor__(self, o): return 'xor'
    def __lshift__(self, o): return 'lshift'
    def __rshift__(self, o): return 'rshift'
    def __invert__(self): return 'invert'
print((0 + Num(5)).n, sum([Num(1)], 10).n)
n = Num(0)
print(n & 1, n | 1, n ^ 1, n << 1, n >> 1, ~n)
