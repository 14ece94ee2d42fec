# deque: rotate both ways, indexing, del, insert, count/index with bounds, reverse, copy, operators.
from collections import deque

d = deque(range(8))
d.rotate(3)
print(d)
d.rotate(-5)
print(d)
d.rotate(17)
print(d)
print(d[0], d[-1], d[3])
d[0] = 'first'
del d[1]
d.insert(2, 'ins')
d.insert(-100, 'front')
d.insert(100, 'back')
print(d)
e = deque('abracadabra')
print(e.count('a'), e.index('c'), e.index('a', 4), e.index('a', -4, -1))
e.remove('r')
e.reverse()
print(e, 'z' in e, 'b' in e)
f = e.copy()
f.append('!')
print(e == f, len(e), len(f))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 3 * deque([0]))
g = deque([1, 2], maxlen=3)
g += [3, 4]
print(g)
g *= 2
print(g)
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) == deque([1, 2], maxlen=9), deque([2]) >= deque([1, 9]))
print(list(reversed(deque('xyz'))), bool(deque()), bool(deque([0])))
