"""Int arithmetic cases: python3 gen_int_ops.py > ../fixtures/int_ops.jsonl"""
import random
from common import case

rng = random.Random(20240611)
EDGE = [0, 1, -1, 2, -2, 3, 7, -7, 10, 255, -256, 2**31, 2**53, 2**53 + 1, -(2**53) - 1,
        2**62, 2**63 - 1, -(2**63), 2**63, -(2**63) - 1, 2**64, 2**64 + 1, -(2**64),
        10**20, -(10**20), 3**100, -(7**90), 2**200 - 1, 10**400, -(10**400) + 1]


def rand_int():
    kind = rng.randrange(6)
    if kind == 0:
        return rng.randrange(-100, 100)
    if kind == 1:
        return rng.randrange(-(2**63), 2**63)
    if kind == 2:
        return rng.randrange(-(2**70), 2**70)
    if kind == 3:
        return rng.choice(EDGE) + rng.randrange(-3, 4)
    if kind == 4:
        return rng.randrange(-(2**200), 2**200)
    return rng.choice([1, -1]) * rng.getrandbits(rng.randrange(1, 500))


values = EDGE + [rand_int() for _ in range(120)]
PAIR_EDGE = [v for v in EDGE if abs(v) < 2**300]
pairs = [(a, b) for a in PAIR_EDGE for b in PAIR_EDGE] + [(rand_int(), rand_int()) for _ in range(300)]

for a, b in pairs:
    case("add", (a, b), lambda: a + b)
    case("sub", (a, b), lambda: a - b)
    case("mul", (a, b), lambda: a * b)
    case("floordiv", (a, b), lambda: a // b)
    case("mod", (a, b), lambda: a % b)
    case("divmod", (a, b), lambda: divmod(a, b))
    case("truediv", (a, b), lambda: a / b)
    case("and", (a, b), lambda: a & b)
    case("or", (a, b), lambda: a | b)
    case("xor", (a, b), lambda: a ^ b)
    case("cmp", (a, b), lambda: (a > b) - (a < b))

small = [0, 1, 2, 3, 5, 10, 31, 62, 63, 64, 65, 100, 127, 200, 1000, -1, -5, 2**63, 2**70]
for a in values[:60]:
    for n in small:
        case("lshift", (a, n), lambda: a << n)
        case("rshift", (a, n), lambda: a >> n)

exps = [0, 1, 2, 3, 7, 10, 40, 63, 64, 100, -1, -2, -3, -10, -1075, -(10**400)]
bases = [0, 1, -1, 2, -2, 3, -3, 10, 2**32, -(2**40) + 1, 10**20, 2**64, 10**400, 7]
for a in bases:
    for e in exps:
        case("pow", (a, e), lambda: a ** e)
for _ in range(300):
    a, e, m = rand_int(), rng.randrange(-50, 2000), rand_int()
    case("powmod", (a, e, m), lambda: pow(a, e, m))
for a in [0, 1, -1, 2, 3, -3, 10, 12, 2**70 + 1]:
    for e in [0, 1, 5, -1, -2, 10**30]:
        for m in [0, 1, -1, 2, 7, -7, 12, 97, -(2**80) - 1]:
            case("powmod", (a, e, m), lambda: pow(a, e, m))

for a in values:
    case("neg", (a,), lambda: -a)
    case("abs", (a,), lambda: abs(a))
    case("invert", (a,), lambda: ~a)
    case("bit_length", (a,), lambda: a.bit_length())
    case("float", (a,), lambda: float(a))
    case("hash", (a,), lambda: hash(a))
    case("str", (a,), lambda: str(a))
    case("bin", (a,), lambda: bin(a))
    case("oct", (a,), lambda: oct(a))
    case("hex", (a,), lambda: hex(a))
    for nd in [-1, -2, -5, -20, -400, 0, 3]:
        case("round", (a, nd), lambda: round(a, nd))

# Values around the float overflow and rounding boundaries.
for base in [2**1024, 2**1024 - 2**970, 2**1024 - 2**971, 2**1024 - 2**971 - 1, 2**53 + 1,
             2**54 + 2, 2**54 + 6, 2**64 - 1, 2**64 + 2**11, 2**64 + 2**11 + 1]:
    for s in (1, -1):
        case("float", (s * base,), lambda: float(s * base))
# Huge and tiny quotients for true division.
for a, b in [(10**400, 10**90), (1, 10**400), (10**400, 10**399), (2**1100, 2**77),
             (2**1023 * 3, 2), (1, 2**1074), (1, 2**1075), (3, 2**1076), (1, -(2**1075) + 1),
             (2**2000 + 1, 2**976), (0, -5), (-(10**30), 7), (2**1076, 3 * 2**2150)]:
    case("truediv", (a, b), lambda: a / b)
# Decimal string limit.
for n in [10**4299, 10**4300 - 1, 10**4300, -(10**4300), 2**14300]:
    case("str", (n,), lambda: str(n))
