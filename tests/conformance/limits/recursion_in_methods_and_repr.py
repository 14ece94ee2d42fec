# RecursionError from mutually recursive methods and from a self-referential __repr__.
class Node:
    def __init__(self):
        self.other = None
    def ping(self, n):
        return self.other.pong(n + 1)
    def pong(self, n):
        return self.ping(n + 1)
a = Node()
a.other = a
try:
    a.ping(0)
except RecursionError as e:
    print('RecursionError', e)
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as e:
    print('RecursionError', e)
lst = [1]
lst.append(lst)
print(lst)
d = {'k': 1}
d['self'] = d
print(d)
