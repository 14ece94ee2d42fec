# namedtuple: fields, defaults, _make/_replace/_asdict, tuple behaviour, argument errors.
from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(3, y=4)
print(p, p.x, p[1], p._fields, len(p), p == (3, 4), isinstance(p, tuple))
x, y = p
print(x + y, p._asdict(), p._replace(x=10), Point._make([5, 6]))
print(Point.__doc__, Point.x.__doc__, Point._field_defaults)
Config = namedtuple('Config', ['host', 'port', 'debug'], defaults=[8080, False])
print(Config('example'), Config('h', 1, True), Config._field_defaults)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(hash(Point(1, 2)) == hash((1, 2)), Point(1, 2) + (3,), p.count(3), p.index(4))
print(namedtuple('R', 'a def _c a', rename=True)._fields)
for args in [(), (1, 2, 3), (1,)]:
    try:
        Point(*args)
    except TypeError as e:
        print('TypeError', e)
for kwargs in [{'x': 1, 'z': 2}]:
    try:
        Point(**kwargs)
    except TypeError as e:
        print('TypeError', e)
try:
    Point(1, x=2)
except TypeError as e:
    print('TypeError', e)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    Point._make([1])
except TypeError as e:
    print('TypeError', e)
try:
    p._replace(z=1)
except ValueError as e:
    print('ValueError', e)
for spec in ['x _y', 'x x', 'x class', 'x 1y']:
    try:
        namedtuple('Bad', spec)
    except ValueError as e:
        print('ValueError', e)
try:
    namedtuple('Bad', 'a', defaults=[1, 2])
except TypeError as e:
    print('TypeError', e)
