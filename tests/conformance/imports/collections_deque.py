# collections.deque: appends and pops at both ends, maxlen, rotate and errors.
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d))
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft('ab')
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
bounded = deque(maxlen=3)
for i in range(5):
    bounded.append(i)
print(bounded, bounded.maxlen)
bounded.appendleft('x')
print(bounded)
print(d[0], d[-1], 'a' in d, d.count(7), d.index(7))
d.remove(7)
print(d, list(reversed(d)))
empty = deque()
try:
    empty.pop()
except IndexError as e:
    print('IndexError', e)
try:
    empty.popleft()
except IndexError as e:
    print('IndexError', e)
d.clear()
print(d, repr(deque()))
