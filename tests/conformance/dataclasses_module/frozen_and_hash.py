# frozen=True blocks assignment with FrozenInstanceError and makes instances hashable; unsafe_hash.
from dataclasses import dataclass, FrozenInstanceError


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float


c = Coord(1.5, 2.5)
for action in ('set', 'delete', 'new'):
    try:
        if action == 'set':
            c.lat = 0
        elif action == 'delete':
            del c.lon
        else:
            c.alt = 3
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
print(hash(c) == hash((1.5, 2.5)), {c: 'here'}[Coord(1.5, 2.5)])


@dataclass(unsafe_hash=True)
class Key:
    name: str
    weight: int = 1


print(hash(Key('k')) == hash(('k', 1)), len({Key('k'), Key('k'), Key('j')}))


@dataclass
class Plain:
    v: int


try:
    hash(Plain(1))
except TypeError as e:
    print('TypeError', e)
try:
    @dataclass
    class Thawed(Coord):
        alt: float = 0.0
except TypeError as e:
    print('TypeError', e)
