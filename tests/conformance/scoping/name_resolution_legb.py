# Names resolve local, enclosing, global, then builtin; builtins can be shadowed.
x = 'global'
def outer():
    x = 'enclosing'
    def inner():
        return x
    return inner()
print(outer())
def local_only():
    x = 'local'
    return x
print(local_only(), x)
def use_len():
    return len('abc')
print(use_len())
len = lambda s: 'shadowed'
print(use_len())
del len
print(use_len())
class Scope:
    y = 'class attr'
    def method(self):
        try:
            return y
        except NameError as e:
            return f'NameError: {e}'
print(Scope().method())
print(Scope.y)
