# __getattr__ runs only for missing attributes; __getattribute__ runs for every lookup.
class Fallback:
    real = 'real value'
    def __getattr__(self, name):
        print('__getattr__', name)
        if name.startswith('x'):
            return name.upper()
        raise AttributeError(f'{type(self).__name__} has no {name}')
f = Fallback()
print(f.real)
print(f.xray)
try:
    f.other
except AttributeError as e:
    print('AttributeError', e)
print(getattr(f, 'other', 'default'), hasattr(f, 'nope'))
class Logged:
    def __init__(self):
        self.value = 1
    def __getattribute__(self, name):
        print('__getattribute__', name)
        return object.__getattribute__(self, name)
    def method(self):
        return self.value
lg = Logged()
print(lg.value)
print(lg.method())
class Both:
    def __getattribute__(self, name):
        if name == 'special':
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f'fallback for {name}'
print(Both().special)
