# tuple.index, tuple.count and tuple dunders, including on tuple subclasses.
def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)

t = (1, 2, 3, 2, 1, 'x', (1, 2))
print(t.index(2), t.index(2, 2), t.index(1, -3), t.index((1, 2)), t.count(2), t.count(1.0), t.count('y'))
show(lambda: t.index(9))
show(lambda: t.index(2, 4))
show(lambda: t.index(1, 1, 3))
show(lambda: t.index())
show(lambda: t.count())
show(lambda: t.index(1, 'a'))
print(t.__getitem__(0), t.__getitem__(slice(1, 3)), t.__len__(), t.__contains__('x'), t.__contains__('z'))
show(lambda: t.__getitem__(99))
show(lambda: t.__getitem__('a'))
print(t.__add__((9,)), (1,).__mul__(3), (1, 2).__rmul__(2), ().__mul__(5))
show(lambda: t.__add__([9]))
show(lambda: (1,).__mul__('2'))
print((1, 2).__eq__((1, 2)), (1, 2).__eq__([1, 2]), (1,).__lt__((2,)), (1, 2).__ge__((1,)), (1,).__ne__((1,)))
print((1, 2).__hash__() == hash((1, 2)), type(t.__iter__()).__name__, list(t.__iter__())[:3])
show(lambda: (1, []).__hash__())
print(t.__getnewargs__()[0] == t)
class Point(tuple):
    def norm2(self):
        return sum(c * c for c in self)
p = Point((3, 4))
print(p, p.norm2(), p.index(4), p.count(3), len(p), p[0], p + (5,), type(p + (5,)).__name__, hash(p) == hash((3, 4)))
print(tuple.index(p, 3), tuple.__len__(p), p == (3, 4), sorted(Point((3, 1, 2))))
show(lambda: tuple.index([1], 1))
show(lambda: tuple.__len__([1]))
show(lambda: tuple.count())
