"""map, filter, zip and enumerate go on after their function or source raised, and islice does not, whether their work runs Python code or not."""
def bad(x):
    if x == 1:
        raise ValueError("one")
    return x
m = map(bad, [0, 1, 2])
try:
    list(m)
except ValueError:
    pass
print(list(m), list(m))
def f(x):
    if x == 2:
        raise StopIteration
    return x
m = map(f, [1, 2, 3])
print(list(m), list(m))
def g():
    yield 1
    raise KeyError
li = iter([10, 20, 30])
z = zip(li, g())
try:
    list(z)
except KeyError:
    pass
print(list(z), next(li, "exhausted"))
e = enumerate(map(bad, [5, 1, 7, 8]), 100)
print(next(e))
try:
    next(e)
except ValueError as err:
    print("ValueError", err)
print(list(e))
fl = filter(bad, [1, 3, 4])
try:
    next(fl)
except ValueError:
    print("filter raised")
print(list(fl))
def gen3():
    yield 1
    yield 2
    yield 3
from itertools import islice
s = islice(map(bad, [1, 2, 3]), 5)
try:
    list(s)
except ValueError:
    print("islice raised")
print(list(s))
