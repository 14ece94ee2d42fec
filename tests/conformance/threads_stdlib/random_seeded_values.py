# random with a fixed seed reproduces CPython's Mersenne Twister values exactly.
import random

random.seed(1)
print(random.random())
print(random.random())
random.seed(42)
print(random.randint(1, 100), random.randint(1, 100), random.randint(-5, 5))
print(random.choice(["red", "green", "blue"]), random.choice("xyz"))
print(random.uniform(1.0, 2.0))
items = list(range(10))
random.shuffle(items)
print(items)
print(random.sample(range(100), 5))
print(random.sample(["a", "b", "c", "d"], k=2))
print(random.randrange(10), random.randrange(5, 50, 5), random.randrange(100, 0, -7))
print(random.getrandbits(16))
