# __slots__ restricts instance attributes and removes the instance __dict__.
class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
p.x = 10
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError:', e)
print(hasattr(p, '__dict__'))
q = Point.__new__(Point)
try:
    q.x
except AttributeError as e:
    print('AttributeError:', e)
del p.y
try:
    p.y
except AttributeError as e:
    print('AttributeError:', e)
class Point3(Point):
    __slots__ = ('z',)
p3 = Point3(1, 2)
p3.z = 3
print(p3.x, p3.y, p3.z, hasattr(p3, '__dict__'))
class Loose(Point):
    pass
lp = Loose(0, 0)
lp.anything = 'allowed'
print(lp.anything)
print(Point.__slots__)
class Defaulted:
    __slots__ = ('a',)
    b = 'class attr'
d = Defaulted()
print(d.b)
try:
    d.b = 'instance'
except AttributeError as e:
    print('AttributeError:', e)
