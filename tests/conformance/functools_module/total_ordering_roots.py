# total_ordering fills in the other comparisons from whichever one a class defines, and needs at least one.
import functools


def build(op):
    class Version:
        def __init__(self, n):
            self.n = n

        def __eq__(self, other):
            return self.n == other.n

    setattr(Version, op, {
        "__lt__": lambda self, other: self.n < other.n,
        "__le__": lambda self, other: self.n <= other.n,
        "__gt__": lambda self, other: self.n > other.n,
        "__ge__": lambda self, other: self.n >= other.n,
    }[op])
    return functools.total_ordering(Version)


for root in ("__lt__", "__le__", "__gt__", "__ge__"):
    V = build(root)
    a, b = V(1), V(2)
    print(root, [a < b, a <= b, a > b, a >= b, b < a, b <= a, a <= V(1), a >= V(1)],
          sorted(n for n in ("__lt__", "__le__", "__gt__", "__ge__") if getattr(V, n).__name__ != "<lambda>"))


@functools.total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents


print(Money(5) >= Money(3), Money.__ge__.__name__, Money.__ge__.__doc__)
print(max([Money(3), Money(9), Money(1)]).cents)
try:
    Money(1) > 3
except TypeError as exc:
    print("TypeError:", exc)
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as exc:
    print("ValueError:", exc)
