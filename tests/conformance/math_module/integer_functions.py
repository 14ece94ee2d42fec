# factorial, gcd, lcm, comb, perm, prod with CPython's argument errors.
import math

print(math.factorial(0), math.factorial(5), math.factorial(30), len(str(math.factorial(500))))
print(math.gcd(12, 18), math.gcd(12, 18, 27), math.gcd(), math.gcd(-4, 6), math.gcd(2**70, 6**40))
print(math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(), math.lcm(-4, 6), math.lcm(0, 5))
print(math.comb(5, 2), math.comb(10, 0), math.comb(5, 7), math.comb(10**20, 3))
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(3, 5))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 6), start=10),
      math.prod(['ab', 3]))
for f, args in [(math.factorial, (-1,)), (math.factorial, (5.0,)), (math.gcd, (1.5,)), (math.comb, (-1, 2)),
                (math.comb, (5, -1)), (math.perm, (5, 2.0)), (math.comb, (5,)), (math.factorial, ()),
                (math.prod, ()), (math.isqrt, (2.0,))]:
    try:
        print(f(*args))
    except (ValueError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
