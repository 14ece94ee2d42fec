# The module-level functions after seed(): long sequences identical to CPython's generator.
import random

random.seed(2024)
print([random.random() for _ in range(5)])
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(0, 100, 5) for _ in range(10)], random.randrange(10**30))
print([random.choice('abcdefg') for _ in range(10)], random.getrandbits(70))
deck = list(range(20))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 8), random.sample('abcdef', 6))
print(random.choices(['red', 'green', 'blue'], k=6))
print(random.choices(['red', 'green', 'blue'], weights=[10, 1, 1], k=6))
print(random.choices('abc', cum_weights=[1, 2, 10], k=6))
print(random.uniform(1, 10), random.randbytes(6))
total = 0
for _ in range(10000):
    total += random.randint(1, 100)
print(total, random.random())
