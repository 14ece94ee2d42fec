# Subclasses of set: construction, repr, methods through super(), and result types.
class Tracked(set):
    def add(self, x):
        print('adding', x)
        super().add(x)

class Sized(set):
    def __init__(self, items=(), limit=3):
        super().__init__(items)
        self.limit = limit

t = Tracked([3, 1])
t.add(2)
set.add(t, 4)
print(t, type(t).__name__, len(t), 2 in t, isinstance(t, set))
print(t | set([9]), type(t | set([9])).__name__, type(t.copy()).__name__, type(t.union()).__name__)
t |= set([7])
print(t, type(t).__name__)
t -= set([1])
t &= set([2, 3, 4, 7, 100])
t ^= set([100])
print(t, type(t).__name__)
t.update([5])
t.discard(5)
t.remove(4)
print(t, t.pop() in (2, 3, 7, 100), len(t))
t.clear()
print(t, repr(t), str(t))
s = Sized([1, 2], limit=5)
print(s, s.limit, sorted(s))
s.__init__([9])
print(s)
s.__init__()
print(s)
try:
    hash(Tracked())
except TypeError as e:
    print('TypeError', e)
print(Tracked([1]) == set([1]), set([1]) == Tracked([1]), Tracked([1]) <= set([1, 2]))
