# __eq__ and __hash__: defining __eq__ alone makes instances unhashable.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
p, q = Point(1, 2), Point(1, 2)
print(p == q, p is q, p != q, p == (1, 2))
print(len({p, q}), {p: 'first', q: 'second'})
print(p in [Point(0, 0), Point(1, 2)])
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print('TypeError', e)
try:
    {EqOnly()}
except TypeError as e:
    print('TypeError', e)
class Default:
    pass
x = Default()
print(x == x, x == Default(), hash(x) == hash(x))
class Ne:
    def __eq__(self, other):
        print('__eq__ called')
        return False
print(Ne() != Ne())
