# dict dunders called directly, __missing__, and the | and |= operators.
def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1}
d.__setitem__('b', 2)
print(d.__getitem__('a'), d.__contains__('b'), d.__contains__('z'), d.__len__(), list(d.__iter__()))
show(lambda: d.__getitem__('z'))
show(lambda: d.__getitem__())
show(lambda: d.__getitem__([]))
show(lambda: d.__setitem__('x'))
show(lambda: d.__setitem__([], 1))
d.__delitem__('a')
print(d)
show(lambda: d.__delitem__('a'))
show(lambda: d.__contains__())
print(list(d.__reversed__()), list(reversed({1: 2, 3: 4})), type(reversed({})).__name__ in ('dict_reversekeyiterator', 'iterator'))
print(d.__eq__({'b': 2}), d.__eq__([('b', 2)]), d.__ne__({}), d.__lt__({}), d.__hash__)
x = {'a': 1, 'b': 2}
y = {'b': 20, 'c': 30}
print(x | y, y | x, x.__or__(y), x.__ror__(y), x.__or__([('q', 1)]))
show(lambda: x | [('q', 1)])
show(lambda: [('q', 1)] | x)
z = dict(x)
z |= y
z |= [('pairs', 'ok')]
z.__ior__({'dunder': True})
print(z)
def ior_int():
    w = {}
    w |= 5
show(ior_int)
class Defaulting(dict):
    def __missing__(self, key):
        print('missing', key)
        return len(str(key))
m = Defaulting(a=1)
print(m['a'], m['hello'], m.get('hello'), 'hello' in m, dict.__getitem__(m, 'xyz'))
show(lambda: dict.__getitem__({}, 'xyz'))
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in 'abracadabra':
    c[ch] += 1
print(c, type(c).__name__)
print(dict.__len__({1: 2}), dict.__contains__({1: 2}, 1))
show(lambda: dict.__len__([]))
show(lambda: dict.get([], 1))
