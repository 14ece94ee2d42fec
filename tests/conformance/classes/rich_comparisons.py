# __lt__ and friends drive sorting, min/max and reflected comparisons.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split('.'))
    def __lt__(self, other):
        print('lt', self, other)
        return self.parts < other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))
vs = [Version('1.10'), Version('1.2'), Version('1.9')]
print(sorted(vs))
print(max(vs), min(vs))
print(Version('2.0') > Version('1.0'))
try:
    Version('1.0') <= Version('2.0')
except TypeError as e:
    print('TypeError', e)
import functools
@functools.total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        return self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
print(Money(5) <= Money(5), Money(7) >= Money(9), Money(1) > Money(0))
class Weird:
    def __gt__(self, other):
        return 'gt result'
print(3 < Weird())
