# log with bases and big ints, log2/log10/log1p, trig and inverse trig, degrees/radians, domain errors.
import math

print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log(2**1000, 2), math.log(10**400))
print(math.log2(1024), math.log2(2**2000), math.log10(1000), math.log10(0.001), math.log1p(1e-10))
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.atan(1), math.atan2(1, -1))
print(math.asin(1), math.acos(0.5), math.sinh(1), math.cosh(1), math.tanh(0.5))
print(math.asinh(2), math.acosh(2), math.atanh(0.5), math.degrees(math.pi / 3), math.radians(45))
print([round(math.sin(math.radians(d)), 6) for d in range(0, 361, 45)])
for f, args in [(math.log, (0,)), (math.log, (-1,)), (math.log, (10, 1)), (math.log2, (-2**2000,)),
                (math.asin, (2,)), (math.acosh, (0.5,)), (math.atanh, (1,)), (math.sin, (math.inf,)),
                (math.log, ()), (math.log1p, (-1,))]:
    try:
        print(f(*args))
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
