# Seeds of every supported type, negative and float seeds, and the unsupported seed type error.
import random

for seed in [0, 1, -1, 123456789, 2**64 + 1, 3.0, 2.5, -0.5, 'hello', b'hello', 'ünïcödé', True, '']:
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(0, 1000))
random.seed(-7)
a = random.random()
random.seed(7)
print(a == random.random())
random.seed(5.0)
b = random.random()
random.seed(5)
print(b == random.random())
for bad in ([1, 2], (1, 2), {1: 2}):
    try:
        random.seed(bad)
    except TypeError as e:
        print('TypeError', e)
