# math functions and constants with results that are exact or correctly rounded.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.sqrt(2), math.sqrt(144), math.isqrt(99))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(3), type(math.floor(2.0)).__name__)
print(math.gcd(48, 18), math.lcm(4, 6), math.factorial(20))
print(math.pow(2, 10), math.exp(0), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.fabs(-3), math.copysign(3, -0.0), math.hypot(3, 4))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3)
print(math.isnan(float('nan')), math.isinf(math.inf), math.isfinite(1e308))
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print(math.sin(0), math.cos(0), math.degrees(math.pi), math.radians(180))
print(math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4))
try:
    math.sqrt(-1)
except ValueError as e:
    print('ValueError', e)
try:
    math.log(0)
except ValueError as e:
    print('ValueError', e)
try:
    math.factorial(-1)
except ValueError as e:
    print('ValueError', e)
