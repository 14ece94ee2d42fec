# del on names, list items, slices, dict keys and attributes.
x = 5
del x
try:
    print(x)
except NameError as e:
    print('NameError', e)
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
print(lst)
del lst[::2]
print(lst)
del lst[-1]
print(lst)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
try:
    del d['zzz']
except KeyError as e:
    print('KeyError', e)
class Obj:
    pass
o = Obj()
o.attr = 1
del o.attr
print(hasattr(o, 'attr'))
try:
    del o.attr
except AttributeError as e:
    print('AttributeError', e)
a, b = 1, 2
del a, b
print('a' in dir(), 'b' in dir())
try:
    del lst[10]
except IndexError as e:
    print('IndexError', e)
