# id() is stable for an object's lifetime and distinct for live objects; only comparisons are printed.
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(a) == id(a))
print(type(id(a)).__name__, id(None) == id(None))
objs = [object() for _ in range(5)]
print(len({id(o) for o in objs}))
def same(x):
    return id(x)
print(same(a) == id(a))
print(a is b, a is not c, None is None, (a is b) == (id(a) == id(b)))
