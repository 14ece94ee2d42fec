# seed(-1) equals seed(1), seed(3.0) equals seed(3), and string seeds are stable.
import random


def first_three(seed):
    random.seed(seed)
    return [random.random() for _ in range(3)]


print(first_three(-1) == first_three(1))
print(first_three(3.0) == first_three(3))
print(first_three("threadwise"))
print(first_three(2 ** 70)[0])
state = random.getstate()
a = random.random()
random.setstate(state)
print("setstate replays:", a == random.random())
