# str.format_map: any mapping, __missing__ on dict subclasses, and positional fields refused.
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
class Mapping:
    def __getitem__(self, key):
        return key.upper()
print('{name} has {n} items'.format_map({'name': 'cart', 'n': 3}))
print('{a} {b}'.format_map(Default(a=1)))
print('{x} {y} {z[0]}'.format_map(Mapping()))
print('{a[0]} {a[1]:>4}'.format_map({'a': [1, 2]}))
print('no fields'.format_map(5), '{{}}'.format_map({}))
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(lambda: '{}'.format_map({}))
show(lambda: '{0}'.format_map({'0': 1}))
show(lambda: '{!r}'.format_map({}))
show(lambda: '{a}'.format_map({}))
show(lambda: '{a}'.format_map(1))
show(lambda: '{a}'.format_map([]))
show(lambda: 'x'.format_map())
show(lambda: 'x'.format_map({}, {}))
show(lambda: 'x'.format_map(mapping={}))
