# Real-valued distributions match CPython bit for bit for the same seed.
import random

r = random.Random(7)
print([r.gauss(0, 1) for _ in range(5)])
print([r.normalvariate(10, 2) for _ in range(4)])
print([r.expovariate(1.5) for _ in range(4)])
print([r.triangular(0, 10, 3) for _ in range(4)], r.triangular(), r.triangular(2, 2))
print([r.lognormvariate(0, 0.5) for _ in range(3)])
print([r.paretovariate(3) for _ in range(3)], [r.weibullvariate(2, 1.5) for _ in range(3)])
print([r.uniform(-1, 1) for _ in range(3)], r.uniform(5, 5))
try:
    r.expovariate(0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
