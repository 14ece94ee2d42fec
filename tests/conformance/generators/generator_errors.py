# Errors around generators: reentrancy, exhausted iteration, exceptions inside.
def selfish():
    yield next(me)
me = selfish()
try:
    next(me)
except ValueError as e:
    print('ValueError', e)
def boom():
    yield 1
    raise ValueError('boom inside generator')
    yield 2
b = boom()
print(next(b))
try:
    next(b)
except ValueError as e:
    print('caught', e)
print(next(b, 'exhausted'))
def gen():
    yield 1
g = gen()
print(g.__name__, g.__qualname__)
try:
    len(g)
except TypeError as e:
    print('TypeError', e)
try:
    g[0]
except TypeError as e:
    print('TypeError', e)
