# A dataclass's __init__ and a namedtuple's __new__ are generated code in CPython: a wrong number of arguments fails in the call, with no frame of their own.
import traceback
from collections import namedtuple
from dataclasses import dataclass, field


@dataclass
class Job:
    name: str
    retries: int
    tags: list = field(default_factory=list)


Point = namedtuple("Point", "x y")

for make in (
    lambda: Job("a"),
    lambda: Job("a", 1, [], 4),
    lambda: Job(name="a", retries=1, colour="red"),
    lambda: Point(1),
    lambda: Point(1, 2, 3),
    lambda: Point(x=1, z=2),
):
    try:
        print(make())
    except TypeError:
        traceback.print_exc()
print(Job("b", 2), Point(3, 4))
