# methodcaller with arguments and keywords, used for simple dispatch; its repr.
from operator import methodcaller

upper = methodcaller('upper')
split = methodcaller('split', ',', maxsplit=1)
print(upper('abc'), split('a,b,c'), methodcaller('count', 'a')('banana'))
print(methodcaller('f', 1, k=2), methodcaller('strip'))
commands = {'shout': methodcaller('upper'), 'whisper': methodcaller('lower'), 'title': methodcaller('title')}
for name in ('shout', 'whisper', 'title'):
    print(name, commands[name]('Hello World'))
for bad in (lambda: methodcaller(), lambda: methodcaller(1), lambda: methodcaller('nope')(1)):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
