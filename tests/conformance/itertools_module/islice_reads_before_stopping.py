"""islice reads items up to its start before it checks its stop, from generators and from other iterators, as CPython does."""
from itertools import islice
def gen(n):
    for i in range(n):
        print("made", i)
        yield i
for args in [(3,), (1, 4), (0, None, 2), (2, 2), (5, 1), (1, 8, 3), (0, 0)]:
    it = islice(gen(6), *args)
    print(args, type(it).__name__, list(it), list(it))
g = gen(10)
print(list(islice(g, 2)), next(g))
print(list(islice(gen(3), 10)))
from itertools import count
print(list(islice(count(), 2, 9, 3)), list(islice([1, 2, 3, 4, 5], 5, 1)), list(islice(iter([1, 2, 3, 4]), 1, 3)))
it = iter(range(10))
print(list(islice(it, 3, 4)), next(it))
it = iter(range(10))
print(list(islice(it, 4, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 0, 5, 2)), next(it))
