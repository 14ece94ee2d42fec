# throw() raises inside the generator at the paused yield; close() runs finally.
def worker():
    try:
        while True:
            try:
                yield 'working'
            except ValueError as e:
                print('handled inside:', e)
                yield 'recovered'
    finally:
        print('cleanup')
g = worker()
print(next(g))
print(g.throw(ValueError('bad input')))
print(next(g))
g.close()
print('closed')
def fragile():
    yield 1
    yield 2
f = fragile()
next(f)
try:
    f.throw(KeyError('k'))
except KeyError as e:
    print('propagated', repr(e))
print(list(f))
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        print('saw GeneratorExit')
        raise
h = ignores_exit()
next(h)
h.close()
h.close()
print('close twice ok')
unstarted = fragile()
unstarted.close()
print(list(unstarted))
