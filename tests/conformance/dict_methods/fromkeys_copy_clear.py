# dict.fromkeys (a class method), copy and clear.
def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)

print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []), dict.fromkeys(()))
shared = dict.fromkeys(['x', 'y'], [])
shared['x'].append(1)
print(shared)
print({}.fromkeys([5]), dict.fromkeys({3: 'a', 1: 'b'}), dict.fromkeys([1, 1.0, True, 2]))
show(lambda: dict.fromkeys())
show(lambda: dict.fromkeys(1))
show(lambda: dict.fromkeys([[]]))
show(lambda: dict.fromkeys([1], 2, 3))
class Recording(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
r = Recording.fromkeys('ab', 0)
print(type(r).__name__, r)
class Plain(dict):
    pass
p = Plain.fromkeys([1, 2])
print(type(p).__name__, p)
a = {'k': [1, 2], 'n': 1}
b = a.copy()
b['k'].append(3)
b['n'] = 2
b['new'] = 0
print(a, b, type(Plain(a=1).copy()).__name__)
alias = a
a.clear()
print(a, alias, b)
show(lambda: a.copy(1))
show(lambda: a.clear(1))
show(lambda: dict.copy([]))
print(dict.copy({'z': 26}), dict.fromkeys.__name__)
