# match with class patterns, mapping patterns and or-patterns (engine: unsupported for now).
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
def where(shape):
    match shape:
        case Point(x=0, y=0):
            return 'origin'
        case Point(x=0) | Point(y=0):
            return 'on an axis'
        case {'kind': 'circle', 'r': r}:
            return f'circle of radius {r}'
        case int() | float() as n:
            return f'number {n}'
        case _:
            return 'something else'
for s in [Point(0, 0), Point(0, 5), Point(2, 3), {'kind': 'circle', 'r': 2}, 4.5, 'x']:
    print(where(s))
