# __iter__ and __next__: a class that is its own iterator and an iterable that returns fresh ones.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
c = Countdown(3)
print(list(c), list(c))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), sum(r))
it = iter(Countdown(2))
print(next(it), next(it), next(it, 'done'))
a, b = Countdown(2)
print(a, b)
print(dict(zip(Range2(3), Countdown(3))))
class NotAnIterator:
    def __iter__(self):
        return 5
try:
    iter(NotAnIterator())
except TypeError as e:
    print('TypeError', e)
