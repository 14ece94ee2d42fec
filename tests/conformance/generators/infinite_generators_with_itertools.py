# Infinite generators combined with itertools.islice, takewhile and count.
import itertools
def naturals():
    n = 1
    while True:
        yield n
        n += 1
print(list(itertools.islice(naturals(), 5)))
print(list(itertools.takewhile(lambda n: n * n < 50, naturals())))
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(4)])
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(fib(), 10, 15)))
print(list(zip(itertools.count(10, 5), 'abc')))
