# send, throw and close pass through yield from to the sub-generator; its return value comes back.
def show(fn):
    try:
        print(repr(fn()))
    except BaseException as e:
        print(type(e).__name__, repr(e))

def inner():
    try:
        got = yield 'inner ready'
        print('inner got', got)
        while True:
            try:
                got = yield got * 2
            except KeyError as e:
                print('inner handled', repr(e))
                got = 100
    finally:
        print('inner finally')

def outer():
    try:
        result = yield from inner()
        print('inner returned', result)
    except ValueError as e:
        print('outer caught', repr(e))
        yield 'outer after error'
    finally:
        print('outer finally')

g = outer()
print(next(g))
print(g.send(3))
print(g.send(5))
print(g.throw(KeyError('k')))
print(g.throw(ValueError('v')))
show(lambda: next(g))

def counting():
    total = 0
    while True:
        x = yield
        if x is None:
            return total
        total += x

def driver():
    while True:
        result = yield from counting()
        print('sub-total', result)

d = driver()
next(d)
for v in [1, 2, 3, None, 10, None]:
    d.send(v)
d.close()

def finisher():
    try:
        yield 1
    except RuntimeError:
        return 'early return'
    return 'normal'

def wrapper():
    r = yield from finisher()
    yield ('wrapped', r)

w = wrapper()
next(w)
print(w.throw(RuntimeError))
w2 = wrapper()
next(w2)
print(w2.send(None))

def closer():
    c = wrapper()
    try:
        yield from c
    finally:
        print('closer finally')
cl = closer()
next(cl)
print(cl.close())

class Delegate:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration('iterator done')
        return self.n
    def throw(self, *args):
        print('Delegate.throw', [type(a).__name__ for a in args])
        return 'from delegate throw'
    def close(self):
        print('Delegate.close')

def uses_delegate():
    r = yield from Delegate()
    yield ('result', r)

ud = uses_delegate()
print(next(ud), ud.throw(ValueError('x')), next(ud), next(ud), next(ud))
ud2 = uses_delegate()
next(ud2)
ud2.close()
def plain_iter():
    yield from iter([1, 2])
pi = plain_iter()
next(pi)
show(lambda: pi.throw(ValueError('no throw method')))
print(list(outer()) if False else 'end')
