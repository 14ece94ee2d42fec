# field(): default_factory, repr=False, compare=False, init=False, and definition-time errors.
from dataclasses import dataclass, field, fields


@dataclass
class Job:
    name: str
    retries: int = field(default=3, repr=False)
    log: list = field(default_factory=list, compare=False)
    state: str = field(default='new', init=False)


a, b = Job('a'), Job('a')
a.log.append('started')
print(a, a.retries, a.state, a == b)
print([(f.name, f.init, f.repr, f.compare) for f in fields(Job)])


def define(body):
    try:
        body()
        print('defined')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


def mutable_default():
    @dataclass
    class Bad:
        items: list = []


def order_of_defaults():
    @dataclass
    class Bad:
        a: int = 1
        b: int


def no_annotation():
    @dataclass
    class Bad:
        a = field(default=1)


def both_defaults():
    field(default=1, default_factory=list)


for body in (mutable_default, order_of_defaults, no_annotation, both_defaults):
    define(body)
