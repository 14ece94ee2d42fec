# count, cycle and repeat: values, steps, reprs, and slicing them with islice.
from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)), list(islice(count(10, -3), 4)), list(islice(count(0.5, 0.25), 4)))
c = count(5)
next(c)
next(c)
print(c, count(1, 2), count(1.5), count(step=3))
print(list(islice(cycle('abc'), 8)), list(cycle([])))
r = repeat('x', 3)
print(r, list(r), r, list(repeat(1, -2)), repeat(None))
print(list(map(pow, range(5), repeat(2))))
print(type(count()).__name__, type(cycle('a')).__name__, repr(type(repeat(1))))
for bad in (lambda: count('a'), lambda: repeat(), lambda: cycle(), lambda: count(1, 2, 3)):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
