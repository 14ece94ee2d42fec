# list.sort (key, reverse, stability, errors) and list.reverse.
def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)

a = [5, 2, 9, 1, 5, 6, -3, 0]
print(a.sort(), a)
a.sort(reverse=True)
print(a)
a.sort(key=lambda x: (x % 3, x))
print(a)
a.sort(key=abs, reverse=True)
print(a)
a.sort(key=None)
print(a)
a.sort(reverse=0)
print(a)
a.sort(reverse=2)
print(a)
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'y'), (0, 'q')]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
words = ['pear', 'fig', 'apple', 'kiwi', 'date']
words.sort(key=len)
print(words)
words.sort()
print(words)
nested = [[3, 1], [1, 2], [3, 0], [1]]
nested.sort()
print(nested)
floats = [2.5, -1, 3, 0.0, -0.0, 1e10]
floats.sort()
print(floats)
show(lambda: [3, 1].sort(1))
show(lambda: [3, 1].sort(cmp=len))
show(lambda: [3, 1].sort(key=len))
show(lambda: [3, 1].sort(key=5))
show(lambda: [3, 1].sort(reverse='yes'))
show(lambda: [3, 1].sort(reverse=None))
show(lambda: [3, 1].sort(reverse=1.0))
show(lambda: [1, 'a', 2].sort())
show(lambda: [None, None].sort())
show(lambda: [[1], (1,)].sort())
b = [3, 1, 2]
def bad_key(x):
    if x == 2:
        raise ValueError('no twos')
    return x
show(lambda: b.sort(key=bad_key))
print(b)
c = [3, 1, 2]
def grow(x):
    c.append(x)
    return x
show(lambda: c.sort(key=grow))
print(c)
d = [3, 1, 2]
def peek(x):
    print('during sort the list is', d)
    return x
d.sort(key=peek)
print(d)
r = [1, 2, 3, 4]
r.reverse()
print(r)
e = []
e.reverse()
print(e, list(reversed([1, 2, 3])))
show(lambda: r.reverse(1))
class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return 'Rev(%d)' % self.v
objs = [Rev(3), Rev(1), Rev(2)]
objs.sort()
print(objs, sorted(objs, reverse=True))
