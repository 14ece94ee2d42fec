# Changing a container while iterating over it: CPython's RuntimeErrors, never a crash.
def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 3]
for x in a:
    if len(a) < 6:
        a.append(x * 10)
print(a)
b = [1, 2, 3, 4, 5, 6]
for x in b:
    b.remove(x)
print(b)
d = {1: 'a', 2: 'b'}
def grow_dict():
    for k in d:
        d[k + 10] = 'new'
show(grow_dict)
print(d)
def shrink_dict():
    for k in d:
        del d[k]
show(shrink_dict)
print(d)
e = {1: 1, 2: 2}
for k in e:
    e[k] = 'changed values are fine'
print(e)
def view_iter():
    for k in e.keys():
        e.pop(k)
show(view_iter)
def items_iter():
    for k, v in e.items():
        e.setdefault('x', 0)
show(items_iter)
s = set([1, 2, 3])
def grow_set():
    for x in s:
        s.add(x + 100)
show(grow_set)
print(len(s))
def shrink_set():
    for x in s:
        s.discard(x)
show(shrink_set)
print(len(s))
t = set([1, 2, 3])
def update_self():
    t.update(iter(t))
show(update_self)
u = set([1, 2])
u.update(u)
u |= u
u &= u
print(u)
u ^= u
print(u)
v = set([1, 2, 3])
v -= v
print(v)
w = [3, 1, 2]
class Meddler:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        w.append(0)
        return self.v < other.v
w = [Meddler(2), Meddler(1)]
show(lambda: w.sort())
print(len(w))
x = [1, 2, 3]
class Shrinker:
    def __eq__(self, other):
        x.clear()
        return False
    def __repr__(self):
        return 'Shrinker()'
show(lambda: x.index(Shrinker()))
print(x)
y = [1, 2, 3]
class Shrinker2:
    def __eq__(self, other):
        y.clear()
        return False
print(y.count(Shrinker2()), y)
z = [1, 2, 3]
class Shrinker3:
    def __eq__(self, other):
        z.clear()
        return False
show(lambda: z.remove(Shrinker3()))
