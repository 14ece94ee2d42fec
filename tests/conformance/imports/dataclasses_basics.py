# dataclasses: generated __init__, __repr__, __eq__, defaults, field(default_factory), order and frozen.
from dataclasses import dataclass, field, asdict, astuple
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
a = Item('pen', 1.5)
b = Item('pen', 1.5)
print(a, a == b, a is b)
a.tags.append('office')
print(a.tags, b.tags)
print(asdict(a), astuple(b))
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
print(sorted([Version(1, 5), Version(1), Version(0, 9)]))
print(Version(1, 2) < Version(1, 3))
@dataclass(frozen=True)
class Point:
    x: int
    y: int
p = Point(1, 2)
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__, e)
print(hash(p) == hash(Point(1, 2)), {p: 'ok'}[Point(1, 2)])
try:
    Item()
except TypeError as e:
    print('TypeError', e)
@dataclass
class WithPost:
    w: int
    h: int
    area: int = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h
print(WithPost(3, 4))
