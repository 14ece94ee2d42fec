# isclose, isfinite/isinf/isnan, frexp/ldexp, nextafter/ulp, fsum versus sum.
import math

print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.1))
print(math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.isfinite(1e308), math.isfinite(1e308 * 10), math.isinf(-math.inf), math.isnan(float('nan')), math.isnan(1))
print(math.frexp(8), math.frexp(0.1), math.frexp(0), math.frexp(-1e-310), math.ldexp(0.5, 4), math.ldexp(3, -1075))
print(math.nextafter(1, 2), math.nextafter(0, -1), math.ulp(1), math.ulp(0), math.ulp(1e300))
print(sum([0.1] * 10), math.fsum([0.1] * 10), math.fsum([1, 1e100, 1, -1e100]), math.fsum([]))
print(math.fsum([1e-320, 1e-320]), math.fsum(iter([1, 2, 3.5])), math.fsum([math.inf, 1]))
for f, args, kwargs in [(math.isclose, (1, 2), {'rel_tol': -1}), (math.fsum, ([1e308, 1e308],), {}),
                        (math.fsum, ([math.inf, -math.inf],), {}), (math.ldexp, (1, 2000), {}),
                        (math.ldexp, (1, 2.0), {}), (math.isclose, (1, 2, 3), {})]:
    try:
        print(f(*args, **kwargs))
    except (ValueError, OverflowError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
