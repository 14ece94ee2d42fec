# namedtuple: fields by name and index, _replace, _asdict, defaults and repr.
from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p[1], p == (1, 2), len(p))
x, y = p
print(x, y)
print(p._replace(x=10), p._asdict(), Point._fields)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)
Person = namedtuple('Person', 'name age city', defaults=['unknown'])
print(Person('ann', 30), Person._field_defaults)
try:
    Point(1)
except TypeError as e:
    print('TypeError', e)
print(Point._make([3, 4]), isinstance(p, tuple))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
