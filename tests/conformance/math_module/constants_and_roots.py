# math constants, sqrt/isqrt/hypot/dist, pow and exp with their error messages.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.sqrt(1e-300), math.isqrt(10**20 + 5), math.isqrt(15))
print(math.hypot(3, 4), math.hypot(1, 2, 3), math.hypot(), math.hypot(1e308, 1e308), math.dist((0, 0), (3, 4)))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.pow(0.0, 0), math.exp(1), math.exp(-745.2))
for f, args in [(math.sqrt, (-1,)), (math.isqrt, (-4,)), (math.pow, (0, -1)), (math.pow, (-8, 1 / 3)),
                (math.pow, (10, 400)), (math.exp, (1000,)), (math.sqrt, ('4',)), (math.sqrt, (10**400,)),
                (math.dist, ((1, 2), (1,))), (math.sqrt, ())]:
    try:
        print(f(*args))
    except (ValueError, OverflowError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
