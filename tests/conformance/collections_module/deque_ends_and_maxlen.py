# deque: appends and pops at both ends, extend/extendleft order, maxlen eviction and repr.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d))
print(d.pop(), d.popleft(), d)
d.extend('xy')
d.extendleft([7, 8])
print(d)
bounded = deque(maxlen=3)
for i in range(6):
    bounded.append(i)
    print(list(bounded))
bounded.appendleft('L')
print(bounded, bounded.maxlen)
bounded.extend(range(10, 15))
print(bounded)
print(deque('abcdef', 2), deque(maxlen=0), deque())
print(repr(deque([[1], (2,), 'three'])))
