# dict.popitem (LIFO) and dict.update with mappings, pairs and keywords.
def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)

d = {'x': 1, 'y': 2, 'z': 3}
print(d.popitem(), d.popitem(), d)
d['w'] = 4
print(d.popitem(), d.popitem(), d)
show(lambda: d.popitem())
show(lambda: {}.popitem(1))
u = {'a': 1}
u.update({'b': 2, 'a': 10})
u.update([('c', 3), ['d', 4], 'ef'])
u.update(g=7, a=0)
u.update({'h': 8}, i=9)
u.update()
u.update(())
print(u)
class Mapping:
    def keys(self):
        print('keys() called')
        return ['k1', 'k2']
    def __getitem__(self, k):
        return k * 2
u.update(Mapping())
print(u)
show(lambda: u.update(5))
show(lambda: u.update([1]))
show(lambda: u.update([(1, 2, 3)]))
show(lambda: u.update(['abc']))
show(lambda: u.update({}, {}))
show(lambda: u.update([[[]], ]))
show(lambda: u.update([([], 1)]))
v = {1: 'a'}
v.update({1.0: 'float', True: 'bool'})
print(v)
w = dict(a=1)
w.update(zip('xyz', range(3)))
print(w)
big = {i: i * i for i in range(8)}
out = []
while big:
    out.append(big.popitem())
print(out)
