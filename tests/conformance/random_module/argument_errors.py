# Error messages of randrange, randint, choice, choices, sample, getrandbits and shuffle.
import random

random.seed(1)


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: random.randrange(0))
show(lambda: random.randrange(5, 5))
show(lambda: random.randrange(5, 1))
show(lambda: random.randrange(1, 10, 0))
show(lambda: random.randrange(10, step=2))
show(lambda: random.randrange(3.5))
show(lambda: random.randrange())
show(lambda: random.randint(1))
show(lambda: random.randint(5, 1))
show(lambda: random.choice([]))
show(lambda: random.choice(5))
show(lambda: random.choices([1, 2], [1]))
show(lambda: random.choices([1, 2], [1, 1], cum_weights=[1, 2]))
show(lambda: random.choices([1, 2], [0, 0]))
show(lambda: random.sample([1, 2, 3], 5))
show(lambda: random.sample({1, 2, 3}, 2))
show(lambda: random.sample([1, 2], 1, counts=[1]))
show(lambda: random.sample(['a', 'b'], 3, counts=[2, 2]))
show(lambda: random.getrandbits(-1))
show(lambda: random.getrandbits(1.5))
show(lambda: random.shuffle((1, 2, 3)))
show(lambda: random.random(1))
show(lambda: random.Random(1, 2))
