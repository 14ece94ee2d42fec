# order=True comparisons and sorting; inherited fields come first; __post_init__ and InitVar.
from dataclasses import dataclass, field, InitVar


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


vs = [Version(1, 2, 'b'), Version(0, 9), Version(1, 0, 'a'), Version(1, 2, 'a')]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 99))
try:
    Version(1) < 2
except TypeError as e:
    print('TypeError', e)


@dataclass
class Base:
    id: int
    name: str = 'base'


@dataclass
class Child(Base):
    extra: list = field(default_factory=list)


print(Child(1), Child(2, 'c', [1]))


@dataclass
class Rect:
    w: float
    h: float
    scale: InitVar[float] = 1.0
    area: float = field(init=False)

    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h


print(Rect(2, 3), Rect(2, 3, scale=2))
try:
    @dataclass(order=True, eq=False)
    class Bad:
        x: int
except ValueError as e:
    print('ValueError', e)
