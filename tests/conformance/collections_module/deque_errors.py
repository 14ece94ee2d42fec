# deque error messages: empty pops, bad maxlen, bad index types, full inserts, missing values.
from collections import deque


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: deque().pop())
show(lambda: deque().popleft())
show(lambda: deque(maxlen=-1))
show(lambda: deque(maxlen='3'))
show(lambda: deque(1))
show(lambda: deque([1], foo=1))
show(lambda: deque([1, 2])[5])
show(lambda: deque([1, 2])['a'])
show(lambda: deque([1, 2])[0:1])
show(lambda: deque([1, 2]).index(9))
show(lambda: deque([1, 2]).remove(9))
show(lambda: deque([1, 2], 2).insert(0, 'x'))
show(lambda: deque([1]) + [2])
show(lambda: deque([1]) * 'a')
show(lambda: hash(deque()))
show(lambda: deque([1]) < [1])
show(lambda: deque().append())
show(lambda: deque().rotate(1, 2))
