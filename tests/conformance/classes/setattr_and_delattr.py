# __setattr__ and __delattr__ intercept every assignment and deletion of attributes.
class Frozen:
    def __init__(self, **fields):
        for key, value in fields.items():
            object.__setattr__(self, key, value)
    def __setattr__(self, name, value):
        raise AttributeError(f'cannot set {name!r}: object is frozen')
    def __delattr__(self, name):
        raise AttributeError(f'cannot delete {name!r}: object is frozen')
f = Frozen(a=1, b=2)
print(f.a, f.b)
try:
    f.a = 10
except AttributeError as e:
    print(e)
try:
    del f.b
except AttributeError as e:
    print(e)
class Tracked:
    def __init__(self):
        self.changes = []
    def __setattr__(self, name, value):
        if name != 'changes':
            self.changes.append(name)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.changes.append('del ' + name)
        super().__delattr__(name)
t = Tracked()
t.x = 1
t.y = 2
t.x += 1
del t.y
print(t.changes, t.x, vars(t))
setattr(t, 'z', 0)
delattr(t, 'z')
print(t.changes)
