# list.index with start/stop and list.count: bounds clamping, equality, messages.
def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)

a = ['a', 'b', 'c', 'a', 'b', 'a']
print(a.index('a'), a.index('a', 1), a.index('a', 4), a.index('b', -3), a.index('a', -1))
print(a.index('a', 1, 4), a.index('c', -100, 100), a.index('a', 0, -5))
show(lambda: a.index('a', 1, 3))
show(lambda: a.index('c', 3))
show(lambda: a.index('z'))
show(lambda: a.index('a', 10))
show(lambda: a.index('a', 2 ** 70))
print(a.index('a', -2 ** 70), a.index('b', 0, 2 ** 80))
show(lambda: a.index('a', 'x'))
show(lambda: a.index('a', 0, 1.5))
show(lambda: a.index('a', None))
show(lambda: a.index())
show(lambda: a.index('a', 1, 2, 3))
show(lambda: a.index(x='a'))
show(lambda: [1, 2].index((1, 2)))
show(lambda: [1, 2].index([1]))
show(lambda: [1, 2].index(None))
show(lambda: ['x'].index("it's"))
print(a.count('a'), a.count('b'), a.count('z'), [].count(1))
n = [1, 1.0, True, 2, 'one', (1,)]
print(n.count(1), n.count(True), n.count(1.0), n.index(True), n.count((1,)))
nan = float('nan')
print([nan, nan].count(nan), [nan].index(nan))
show(lambda: a.count())
show(lambda: a.count(1, 2))
class Idx:
    def __index__(self):
        return 3
print(a.index('a', Idx()), a.index('b', 0, Idx()))
class Loud:
    def __eq__(self, other):
        print('eq called with', other)
        return False
print([1, 2, 3].count(Loud()))
print([Loud(), Loud()].index(Loud()) if False else 'skipped')
