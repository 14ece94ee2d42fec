# list.append, extend and insert: argument forms, index clamping and errors.
def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2]
a.append(3)
a.append([4, 5])
a.append(None)
print(a, len(a))
b = []
b.extend([1, 2])
b.extend((3, 4))
b.extend(range(5, 8))
b.extend({8: 'x', 9: 'y'})
b.extend(x * x for x in range(3))
b.extend('ab')
b.extend(set([64, 1, 8, 32]))
print(b)
c = [1, 2, 3]
c.extend(c)
print(c)
c += c
print(c, len(c))
d = [0, 1, 2]
for i, v in [(0, 'a'), (-1, 'b'), (100, 'c'), (-100, 'd'), (2, 'e'), (True, 'f'), (-3, 'g')]:
    d.insert(i, v)
    print(i, d)
class Index:
    def __index__(self):
        return 1
d.insert(Index(), 'idx')
print(d)
def gen():
    yield 1
    e.append('seen during extend')
    yield 2
e = ['start']
e.extend(gen())
print(e)
show(lambda: [].append())
show(lambda: [].append(1, 2))
show(lambda: [].append(x=1))
show(lambda: [].extend())
show(lambda: [].extend(5))
show(lambda: [].extend(None))
show(lambda: [].insert(1))
show(lambda: [].insert(1, 2, 3))
show(lambda: [].insert('0', 1))
show(lambda: [].insert(1.0, 1))
show(lambda: [].insert(2 ** 70, 1))
show(lambda: [].insert(x=1))
show(lambda: list.append())
show(lambda: list.append((), 1))
show(lambda: list.append([9], 10))
f = [3]
list.append(f, 4)
list.extend(f, [5, 6])
list.insert(f, 0, 2)
print(f)
bound = f.append
bound(7)
print(f, bound.__name__, bound.__qualname__)
