# dict subclasses calling dict's methods through super() and directly.
class Modular(dict):
    # Keys are stored modulo 10.
    def __setitem__(self, key, value):
        super().__setitem__(key % 10, value)
    def __getitem__(self, key):
        return super().__getitem__(key % 10)
    def __delitem__(self, key):
        super().__delitem__(key % 10)
    def __contains__(self, key):
        return super().__contains__(key % 10)

l = Modular()
l[12] = 'x'
l[33] = 3
print(l, l[2], 3 in l, 43 in l, len(l))
del l[22]
print(l, list(l.items()), l.get(3), l.get(33))
try:
    l[5]
except KeyError as e:
    print('KeyError', e)

class History(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.log = []
    def __setitem__(self, key, value):
        self.log.append(('set', key))
        dict.__setitem__(self, key, value)
    def update(self, other=(), **kw):
        for k, v in dict(other, **kw).items():
            self[k] = v

h = History({'a': 1})
h['b'] = 2
h.update({'c': 3}, d=4)
h.setdefault('e', 5)
print(h, h.log)
print(h.pop('a'), h.popitem(), sorted(h.keys()), h.copy(), type(h.copy()).__name__)
print(isinstance(h, dict), dict.keys(h), dict.get(h, 'b'))
h.clear()
print(h, h.log)

class Frozen(dict):
    def __setitem__(self, key, value):
        raise TypeError('frozen')
f = Frozen(a=1)
try:
    f['b'] = 2
except TypeError as e:
    print('TypeError', e)
dict.__setitem__(f, 'b', 2)
f.update(c=3)
print(f)
try:
    hash(f)
except TypeError as e:
    print('TypeError', e)
