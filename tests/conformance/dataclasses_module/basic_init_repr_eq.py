# @dataclass generates __init__, __repr__ and __eq__ from annotations, with defaults and __doc__.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1)
q = Point(1, 0)
print(p, q, p == q, p != Point(2), p == (1, 0))
print(Point.__doc__, Point.__match_args__, Point.y)
print(Point.__hash__)
p.x = 10
print(p)


@dataclass()
class Empty:
    pass


print(Empty(), Empty() == Empty())


class Outer:
    @dataclass
    class Inner:
        value: str


print(Outer.Inner('v'))


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return 'Custom!'


print(Custom(1), Custom(1) == Custom(1))
