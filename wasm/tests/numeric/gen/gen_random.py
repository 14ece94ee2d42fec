"""random.Random sequences for many seeds: python3 gen_random.py > ../fixtures/random.jsonl

Every case seeds a fresh Random, then makes the calls its op names; args[0] is the
seed (["bytes", latin-1 text] for bytes)."""
import random
from common import case

SEEDS = [0, 1, -1, 42, 12345, 2**32 - 1, 2**32, -(2**32), 2**64 + 5, 2**100 + 7, -(2**70) - 3,
         10**40, 3.0, -1.0, 0.5, -0.5, 2.5, 1e300, -1e-300, float("inf"), "hello", "", "日本",
         "seed with spaces", ["bytes", "abc"], ["bytes", ""], ["bytes", "\x00\xff"]]


def seeded(seed):
    if isinstance(seed, list):
        return random.Random(seed[1].encode("latin-1"))
    return random.Random(seed)


for seed in SEEDS:
    def op(name, args, body):
        case(name, (seed,) + tuple(args), lambda: body(seeded(seed)))

    op("random", [700], lambda r: [r.random() for _ in range(700)])
    for k in [1, 5, 31, 32, 33, 53, 63, 64, 65, 100, 1000]:
        op("getrandbits", [k, 12], lambda r: [r.getrandbits(k) for _ in range(12)])
    for stop in [1, 2, 3, 10, 1000, 2**31, 2**32 + 1, 10**30]:
        op("randrange1", [stop, 40], lambda r: [r.randrange(stop) for _ in range(40)])
    for start, stop, step in [(0, 10, 1), (5, 100, 7), (100, 0, -3), (-50, 50, 1), (0, 10**25, 3),
                              (10, 0, -1), (1, 2, 1)]:
        op("randrange3", [start, stop, step, 30],
           lambda r: [r.randrange(start, stop, step) for _ in range(30)])
    op("randint", [1, 6, 60], lambda r: [r.randint(1, 6) for _ in range(60)])
    op("choice", [7, 50], lambda r: [r.choice(range(7)) for _ in range(50)])
    for n in [0, 1, 2, 10, 52]:
        op("shuffle", [n], lambda r: (lambda x: (r.shuffle(x), x)[1])(list(range(n))))
    for n, k in [(10, 3), (10, 10), (5, 0), (1000, 5), (100, 40), (10000, 40), (300, 60), (30, 6),
                 (2**40, 4)]:
        op("sample", [n, k], lambda r: r.sample(range(n), k))
    op("sample_counts", [[3, 0, 5, 2], 6], lambda r: r.sample(range(4), 6, counts=[3, 0, 5, 2]))
    op("choices", [9, 30], lambda r: r.choices(range(9), k=30))
    op("choices_w", [[1, 2.5, 0, 7], 30], lambda r: r.choices(range(4), [1, 2.5, 0, 7], k=30))
    op("uniform", [-3.5, 10.0, 20], lambda r: [r.uniform(-3.5, 10.0) for _ in range(20)])
    op("mixed", [], lambda r: [r.random(), r.getrandbits(70), r.randrange(10**30), r.randint(-5, 5),
                               r.sample(range(50), 5), r.random()])

r = random.Random(5)
for args in [(5, 5), (0,), (-3,), (10, 0), (0, 10, 0), (0, 10, -1), (10, 0, -2), (0, 10, 2),
             (5, 6, 10), (-(10**20), -(10**20))]:
    case("randrange_err", args, lambda: random.Random(5).randrange(*args))
case("randint_err", (5, 4), lambda: random.Random(5).randint(5, 4))
case("choice_err", (0,), lambda: random.Random(5).choice([]))
for n, k in [(2, 3), (2, -1)]:
    case("sample_err", (n, k), lambda: random.Random(5).sample(range(n), k))
case("getrandbits_err", (-1,), lambda: random.Random(5).getrandbits(-1))
