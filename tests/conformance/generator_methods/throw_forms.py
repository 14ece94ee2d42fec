# generator.throw: the type/value/traceback forms, handled and unhandled exceptions, bad arguments.
def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, repr(e))

def catcher():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            print('caught', repr(e), e.args)
            yield 'handled'

g = catcher()
next(g)
print(g.throw(ValueError))
next(g)
print(g.throw(ValueError, 'msg'))
next(g)
print(g.throw(ValueError, ('a', 'b')))
next(g)
print(g.throw(ValueError('inst')))
next(g)
print(g.throw(ValueError, ValueError('same type')))
next(g)
print(g.throw(ValueError, None))
next(g)
show(lambda: g.throw(KeyError('not caught')))
show(lambda: next(g))
fresh = catcher()
show(lambda: fresh.throw(ValueError('before start')))
show(lambda: next(fresh))
done = catcher()
next(done)
done.close()
show(lambda: done.throw(ValueError('after close')))
h = catcher()
next(h)
show(lambda: h.throw(1))
show(lambda: h.throw('ValueError'))
show(lambda: h.throw(ValueError(), 'extra'))
show(lambda: h.throw(ValueError, 1, 2))
show(lambda: h.throw())
show(lambda: h.throw(ValueError, None, None, None))
print(next(h))
def finisher():
    try:
        yield 1
    except RuntimeError:
        return 'returned after throw'
f = finisher()
next(f)
show(lambda: f.throw(RuntimeError))
class MyError(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.total = a + b
def custom():
    try:
        yield
    except MyError as e:
        yield ('custom', e.total, e.args)
c = custom()
next(c)
print(c.throw(MyError, (2, 3)))
try:
    raise TypeError('with tb')
except TypeError as err:
    tb = err.__traceback__
d = custom()
next(d)
show(lambda: d.throw(TypeError, TypeError('x'), tb))
def swallow_stop():
    try:
        yield 1
    except StopIteration:
        yield 'swallowed StopIteration'
s = swallow_stop()
next(s)
print(s.throw(StopIteration))
