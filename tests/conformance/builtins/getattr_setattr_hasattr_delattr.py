# getattr with default, setattr, hasattr and delattr on instances, classes and modules.
import math
class Config:
    debug = False
c = Config()
print(getattr(c, 'debug'), getattr(c, 'verbose', 'n/a'), hasattr(c, 'debug'), hasattr(c, 'verbose'))
setattr(c, 'verbose', True)
print(c.verbose, vars(c))
delattr(c, 'verbose')
print(hasattr(c, 'verbose'))
setattr(Config, 'level', 3)
print(c.level, getattr(math, 'pi'), getattr('text', 'upper')())
try:
    getattr(c, 'missing')
except AttributeError as e:
    print('AttributeError', e)
try:
    delattr(c, 'missing')
except AttributeError as e:
    print('AttributeError', e)
try:
    getattr(c, 5)
except TypeError as e:
    print('TypeError', e)
try:
    setattr(1, 'x', 2)
except AttributeError as e:
    print('AttributeError', e)
for name in ['a1', 'b2']:
    setattr(c, name, name.upper())
print(c.a1, c.b2, [getattr(c, n) for n in ('a1', 'b2')])
