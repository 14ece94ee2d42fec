# functools.partial, reduce and lru_cache-free memoization patterns.
from functools import partial, reduce
def power(base, exponent):
    return base ** exponent
square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print(square(5), cube(2), square(base=3))
two_to = partial(power, 2)
print(two_to(10), two_to.args, two_to.keywords, two_to.func.__name__)
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(reduce(max, [3, 9, 2]))
try:
    reduce(max, [])
except TypeError as e:
    print('TypeError', e)
print(reduce(lambda a, b: a + b, [], 'initial'))
int_from_binary = partial(int, base=2)
print(int_from_binary('1010'))
nested = partial(partial(power, 3), 4)
print(nested())
