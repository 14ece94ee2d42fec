# Builtins can be shadowed by globals and restored via the builtins module.
import builtins
print(builtins.len('abc'), builtins.max(1, 2), 'print' in dir(builtins))
list = lambda *a: 'shadowed list'
print(list('abc'))
del list
print(list('abc'))
def sum(values):
    return 'my sum'
print(sum([1, 2]), builtins.sum([1, 2]))
print(type(builtins).__name__, builtins.__name__)
