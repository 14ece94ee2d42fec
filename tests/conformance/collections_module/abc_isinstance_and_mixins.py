# collections.abc: isinstance() answers for built-in values, and the Mapping/Sequence mixin methods.
from collections.abc import *
import collections.abc as cabc
from collections import deque, OrderedDict, Counter
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
def gen(): yield 1
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class NoHash:
    __hash__ = None
vals = [[], (), 'a', {}, set(), frozenset(), 5, 1.5, None, range(3), deque(), b'x', gen(), iter([]), It(), NoHash(), len, lambda: 0, {}.keys(), {}.items(), {}.values(), OrderedDict(), Counter()]
for abc in [Iterable, Iterator, Sized, Container, Hashable, Callable, Collection, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Reversible, Generator]:
    print(abc.__name__, [isinstance(v, abc) for v in vals])
class MyMap(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap(); m.update(a=1, b=2); m.setdefault('c', 3)
t(lambda: (dict(m), m.get('z', 0), 'a' in m, m.pop('a'), list(m.keys()), list(m.items()), list(m.values()), len(m), isinstance(m, Mapping), m == {'b': 2, 'c': 3}))
class MySeq(Sequence):
    def __init__(self, *a): self.a = a
    def __getitem__(self, i): return self.a[i]
    def __len__(self): return len(self.a)
s = MySeq(1, 2, 3, 2)
t(lambda: (list(s), 2 in s, s.index(2), s.count(2), list(reversed(s)), isinstance(s, Sequence), isinstance(s, MutableSequence)))
class Bad(Mapping): pass
t(lambda: Bad())
t(lambda: Sized())
t(lambda: issubclass(MyMap, Mapping))
t(lambda: cabc.Iterable)
class R: pass
Sequence.register(R)
t(lambda: isinstance(R(), Sequence))
