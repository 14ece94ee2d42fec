# deque iterators fail once the deque changes size or is rotated; item assignment is allowed.
from collections import deque

for label, change in [('append', lambda d: d.append(9)), ('popleft', lambda d: d.popleft()),
                      ('rotate', lambda d: d.rotate(1)), ('clear', lambda d: d.clear()),
                      ('setitem', lambda d: d.__setitem__(0, 'set')), ('reverse', lambda d: d.reverse()),
                      ('extend nothing', lambda d: d.extend([]))]:
    d = deque([1, 2, 3])
    seen = []
    try:
        for x in d:
            seen.append(x)
            change(d)
        print(label, seen, d)
    except RuntimeError as e:
        print(label, seen, 'RuntimeError:', e)

d = deque([1, 2, 3])
it = iter(d)
print(next(it))
d.append(4)
for attempt in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print('again', attempt, e)
