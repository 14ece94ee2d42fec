# A generator's return value travels in StopIteration.value.
def gen():
    yield 1
    return 'done'
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e.value), e.args)
def no_return():
    yield 1
h = no_return()
next(h)
try:
    next(h)
except StopIteration as e:
    print(repr(e.value), e.args)
def raises_stop():
    yield 1
    raise StopIteration('inside')
r = raises_stop()
next(r)
try:
    next(r)
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
