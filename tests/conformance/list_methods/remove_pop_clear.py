# list.remove, pop and clear: which item goes, the errors, and equality rules.
def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 3, 2, 1]
a.remove(2)
print(a)
a.remove(1.0)
print(a)
a.remove(True)
print(a)
show(lambda: a.remove(99))
show(lambda: a.remove('2'))
show(lambda: [].remove(None))
nan = float('nan')
b = [nan, 1]
b.remove(nan)
print(b)
class Eq:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print('compare', self.name, 'with', other)
        return other == 'target'
    def __repr__(self):
        return 'Eq(%s)' % self.name
c = [Eq('a'), 'x', 'target', 'y']
c.remove('target')
print(c)
c.remove(Eq('z'))
print(c)
p = list(range(10))
print(p.pop(), p.pop(0), p.pop(-1), p.pop(3), p.pop(True), p)
show(lambda: p.pop(10))
show(lambda: p.pop(-11))
show(lambda: [].pop())
show(lambda: [].pop(0))
show(lambda: p.pop('1'))
show(lambda: p.pop(1.5))
show(lambda: p.pop(2 ** 80))
show(lambda: p.pop(1, 2))
show(lambda: p.pop(index=1))
class I:
    def __index__(self):
        return -2
print(p.pop(I()), p)
q = [1, 2, 3]
alias = q
q.clear()
print(q, alias, q is alias)
show(lambda: q.clear(1))
show(lambda: q.remove())
r = [[1], [2], [1]]
r.remove([1])
print(r)
while r:
    print('popped', r.pop())
