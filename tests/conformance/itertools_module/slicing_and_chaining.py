# islice with start/stop/step, chain and chain.from_iterable, and islice's argument errors.
from itertools import islice, chain, count

print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)), list(islice(range(100), 10, 20, 3)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
print(list(chain('ab', [1, 2], (), range(2))), list(chain.from_iterable(['xy', 'z'])))
print(list(chain()), list(islice(chain(count(), 'never'), 3)))
for args in [('abc', -1), ('abc', 1, 'x'), ('abc', 0, 5, 0), ('abc',), ('abc', 1, 2, 3, 4)]:
    try:
        islice(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    list(chain(1))
except TypeError as e:
    print('TypeError', e)
