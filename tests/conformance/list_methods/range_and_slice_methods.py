# Methods of range objects and slice.indices().
def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)

r = range(0, 20, 3)
print(r.count(9), r.count(10), r.count(9.0), r.count(True), r.index(9), r.index(18))
show(lambda: r.index(10))
show(lambda: r.index('9'))
show(lambda: r.index(9.5))
print(r.index(3.0), range(5, 0, -1).index(2), range(-5, 5).index(-5))
show(lambda: r.index())
show(lambda: r.count())
print(r.__len__(), r.__contains__(12), r.__contains__(13), r.__getitem__(2), r.__getitem__(slice(1, 3)))
print(list(r.__iter__()), list(r.__reversed__()), list(range(5).__reversed__()), list(range(0).__reversed__()))
print(range(3).__eq__(range(0, 3, 1)), range(0).__eq__(range(5, 2)), range(3).__ne__(range(4)), range(1).__eq__([0]))
print(range(3).__bool__(), range(0).__bool__(), range(3).__hash__() == hash(range(3)))
show(lambda: r.__getitem__(100))
for s in [slice(1, 10, 2), slice(None), slice(None, None, -1), slice(-3, None), slice(2, -2), slice(10, 1, -3), slice(-100, 100), slice(None, None, 5)]:
    print(s, s.indices(7), s.indices(0))
show(lambda: slice(1).indices(-1))
show(lambda: slice(1).indices('a'))
show(lambda: slice(1).indices())
show(lambda: slice(None, None, 0).indices(3))
show(lambda: slice('a').indices(3))
print(slice(1, 2).indices(True), range(*slice(2, 9, 2).indices(6)))
