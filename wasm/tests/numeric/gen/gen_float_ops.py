"""Float arithmetic, rounding, hashing and repr: python3 gen_float_ops.py > ../fixtures/float_ops.jsonl"""
import math
import random
import struct
from common import case

rng = random.Random(7177)
inf, nan = float("inf"), float("nan")
EDGE = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 3.0, -3.0, 0.1, 2.675, 1e-5, 1e16,
        1e22, 1e300, -1e300, 5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        -1.7976931348623157e308, 9007199254740993.0, 123456.789, 7.0, -7.5, 2.0**63, 2.0**64,
        1e-320, inf, -inf, nan, 1/3, 2/3, 1e15 + 0.3, 0.3]


def rand_float():
    kind = rng.randrange(5)
    if kind == 0:
        return struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
    if kind == 1:
        return rng.uniform(-1000, 1000)
    if kind == 2:
        return float(rng.randrange(-10**6, 10**6)) / rng.choice([1, 2, 4, 8, 10, 100, 1000])
    if kind == 3:
        return rng.choice(EDGE)
    return rng.random() * 10.0 ** rng.randrange(-320, 308)


values = EDGE + [rand_float() for _ in range(400)]
pairs = [(a, b) for a in EDGE for b in EDGE] + [(rand_float(), rand_float()) for _ in range(800)]
for a, b in pairs:
    case("truediv", (a, b), lambda: a / b)
    case("floordiv", (a, b), lambda: a // b)
    case("mod", (a, b), lambda: a % b)
    case("divmod", (a, b), lambda: divmod(a, b))
    case("pow", (a, b), lambda: a ** b)
pow_bases = [-8.0, -2.0, -0.5, -1.0, -inf, 2.0, 10.0, 0.0, -0.0, 1.0]
pow_exps = [0.5, 1 / 3, -0.5, 2.5, 3.0, -3.0, 1e10, -1e10, 0.0, inf, -inf, nan, 1024.0, -1075.0]
for a in pow_bases:
    for b in pow_exps:
        case("pow", (a, b), lambda: a ** b)

NDIGITS = [0, 1, 2, 3, 5, 10, 17, 300, 323, 324, 400, -1, -2, -5, -22, -300, -307, -308, -309, -400]
for x in values:
    case("repr", (x,), lambda: repr(x))
    case("round", (x,), lambda: round(x))
    case("trunc", (x,), lambda: int(x))
    case("floor", (x,), lambda: math.floor(x))
    case("ceil", (x,), lambda: math.ceil(x))
    case("is_integer", (x,), lambda: x.is_integer())
    case("as_integer_ratio", (x,), lambda: x.as_integer_ratio())
    if x == x:
        case("hash", (x,), lambda: hash(x))
    for nd in rng.sample(NDIGITS, 6):
        case("round_nd", (x, nd), lambda: round(x, nd))
for x in [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 25.0, 35.0, 1.7976931348623157e308,
          1.5e308, -1.5e308, 5e-324, 0.285, 1.0005, 123.456, -0.001, 9.995]:
    for nd in NDIGITS:
        case("round_nd", (x, nd), lambda: round(x, nd))
# Exact int/float comparison near 2**53 and beyond.
for n in [2**53, 2**53 + 1, 2**53 - 1, -(2**53) - 1, 2**63, 2**64 + 1, 10**400, -(10**400), 0, 1, -1, 3]:
    for x in [float(2**53), 2.0**53 + 2, 2.0**63, 2.0**64, 1e300, -1e300, inf, -inf, nan, 0.5, -0.5,
              3.0, 2.9999999999999996, 1.0, 0.0, -0.0]:
        case("cmp_int_float", (n, x), lambda: (n > x) - (n < x) if x == x else "nan")
for _ in range(3000):
    x = rand_float()
    case("repr", (x,), lambda: repr(x))
# Values exactly halfway between two shortest candidates (dtoa rounds those to even).
for _ in range(1500):
    x = rng.randrange(2**50, 2**53) / rng.choice([2, 4, 8, 16]) * rng.choice([1, 10**-rng.randrange(1, 30), 2.0**rng.randrange(-60, 60)])
    case("repr", (x,), lambda: repr(x))
