# dict.get, setdefault and pop: defaults, equal keys of different types, errors.
def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1, 2: 'two', (1, 2): 'tuple', None: 'none'}
print(d.get('a'), d.get('z'), d.get('z', 0), d.get(2.0), d.get(True), d.get((1, 2)), d.get(None, 'default'))
show(lambda: d.get())
show(lambda: d.get(1, 2, 3))
show(lambda: d.get([]))
show(lambda: d.get('a', default=5))
print(d.setdefault('a', 100), d.setdefault('b'), d.setdefault('c', []), d)
d.setdefault('c', []).append(1)
d.setdefault('c', []).append(2)
print(d['c'])
show(lambda: d.setdefault())
show(lambda: d.setdefault({}, 1))
print(d.pop('a'), d.pop('zz', 'missing'), d.pop('zz', None), d.pop(2), d)
show(lambda: d.pop('zz'))
show(lambda: d.pop((1, 9)))
show(lambda: d.pop())
show(lambda: d.pop([]))
show(lambda: d.pop([], 'default'))
show(lambda: d.pop('a', 1, 2))
e = {1: 'int'}
print(e.get(1.0), e.pop(True), e)
groups = {}
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(word[0], []).append(word)
print(groups)
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
class Key:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        print('hash', self.n)
        return hash(self.n)
    def __eq__(self, other):
        return isinstance(other, Key) and self.n == other.n
k = {}
print(k.setdefault(Key(1), 'first'), k.setdefault(Key(1), 'second'), len(k))
