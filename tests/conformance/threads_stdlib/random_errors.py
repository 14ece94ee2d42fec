# Error messages of randrange, randint, choice and sample.
import random

random.seed(0)
for label, call in (("randrange(5, 5)", lambda: random.randrange(5, 5)),
                    ("randrange(10, 5)", lambda: random.randrange(10, 5)),
                    ("randrange(0)", lambda: random.randrange(0)),
                    ("randrange(0, 10, 0)", lambda: random.randrange(0, 10, 0)),
                    ("randint(5, 1)", lambda: random.randint(5, 1)),
                    ("choice([])", lambda: random.choice([])),
                    ("sample([1, 2], 3)", lambda: random.sample([1, 2], 3)),
                    ("sample({1, 2}, 1)", lambda: random.sample({1, 2}, 1))):
    try:
        print(label, "->", call())
    except (ValueError, IndexError, TypeError) as exc:
        print(label, "->", type(exc).__name__ + ":", exc)
