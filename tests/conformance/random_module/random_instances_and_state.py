# Random instances keep separate state; getstate/setstate restore it, including gauss's spare value.
import random

r1, r2 = random.Random(42), random.Random(42)
print(r1.random() == r2.random(), r1.randint(1, 9), r2.randint(1, 9))
r3 = random.Random('seed')
state = r3.getstate()
first = [r3.random() for _ in range(3)]
r3.setstate(state)
print(first == [r3.random() for _ in range(3)], state[0], len(state[1]), state[2])
g = random.Random(1)
g.gauss()
saved = g.getstate()
print(saved[2] is not None, g.gauss() == (g.setstate(saved) or g.gauss()))
r1.seed(99)
random.seed(99)
print(r1.random() == random.random())
print(type(r1).__name__, isinstance(r1, random.Random), random.Random.__name__)
for bad in ((1, 2), 5, (3, (1, 2), None)):
    try:
        random.setstate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)


d = Dice(3)
print([d.roll() for _ in range(10)], isinstance(d, random.Random))
