# OrderedDict move_to_end/popitem/equality/repr and ChainMap lookups, writes and views.
from collections import OrderedDict, ChainMap

od = OrderedDict.fromkeys('abcde', 0)
od.move_to_end('b')
od.move_to_end('e', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), list(od))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1})
print(OrderedDict(), OrderedDict([('x', 1)]) | {'y': 2})
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    OrderedDict(a=1).move_to_end('zz')
except KeyError as e:
    print('KeyError', e)

defaults = {'color': 'red', 'user': 'guest'}
env = {'user': 'admin'}
cm = ChainMap(env, defaults)
print(cm['user'], cm['color'], len(cm), list(cm), dict(cm))
cm['color'] = 'blue'
print(env, defaults)
child = cm.new_child({'user': 'child'})
print(child['user'], child.parents['user'], child)
try:
    del cm['missing']
except KeyError as e:
    print('KeyError', e)
print('color' in cm, cm.get('nope', 'default'))
