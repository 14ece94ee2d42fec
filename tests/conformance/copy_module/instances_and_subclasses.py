# Copies of plain instances, list/dict subclasses, namedtuples, dataclasses and deques.
import copy
from collections import namedtuple, deque, OrderedDict, Counter
from dataclasses import dataclass, field


class Box:
    def __init__(self, content):
        self.content = content

    def __repr__(self):
        return 'Box(%r)' % (self.content,)


b = Box([1])
b2 = copy.copy(b)
b3 = copy.deepcopy(b)
b.content.append(2)
print(b2, b3, type(b3).__name__)


class Stack(list):
    pass


s = Stack([1, [2]])
s.name = 'stack'
s2 = copy.deepcopy(s)
print(type(s2).__name__, s2, s2.name, s2[1] is s[1])
P = namedtuple('P', 'x y')
print(copy.copy(P(1, [2])), copy.deepcopy(P(1, [2])))


@dataclass
class Cfg:
    opts: list = field(default_factory=list)


cfg = Cfg([1])
cfg2 = copy.deepcopy(cfg)
cfg.opts.append(2)
print(cfg, cfg2)
print(copy.deepcopy(deque([[1]], maxlen=4)), copy.copy(OrderedDict(a=1)), copy.deepcopy(Counter('aab')))
