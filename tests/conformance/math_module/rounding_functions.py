# floor, ceil, trunc (with __floor__/__ceil__/__trunc__ hooks), fabs, modf, fmod, copysign, remainder.
import math


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __floor__(self):
        return self.cents // 100

    def __ceil__(self):
        return -(-self.cents // 100)

    def __trunc__(self):
        return int(self.cents / 100)


print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.9), math.trunc(7))
print(math.floor(10**25), math.floor(1e20), math.ceil(True), math.floor(Money(250)), math.ceil(Money(250)),
      math.trunc(Money(-250)))
print(math.fabs(-3), math.modf(3.75), math.modf(-2.5), math.modf(math.inf), math.fmod(7, 3), math.fmod(-7, 3))
print(math.copysign(3, -0.0), math.copysign(-2, 1), math.remainder(7, 2), math.remainder(5, 2), math.remainder(-7, 3))
for f, arg in [(math.floor, math.inf), (math.floor, math.nan), (math.ceil, 'x'), (math.trunc, 'x'),
               (math.fmod, (1, 0)), (math.remainder, (math.inf, 1))]:
    try:
        print(f(*arg) if isinstance(arg, tuple) else f(arg))
    except (ValueError, OverflowError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
