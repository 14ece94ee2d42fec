# generator.send: priming, values in and out, StopIteration with the return value.
def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, repr(e), getattr(e, 'value', '-'))

def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

g = accumulator()
print(g.send(None), g.send(5), g.send(10), next(g) if False else g.send(1))
show(lambda: g.send(None))
show(lambda: g.send(1))
show(lambda: next(g))
h = accumulator()
show(lambda: h.send(3))
print(next(h), h.send(2))
show(lambda: h.send())
show(lambda: h.send(1, 2))
def echo():
    received = []
    try:
        while True:
            received.append((yield len(received)))
    finally:
        print('echo saw', received)
e = echo()
print(next(e), e.send('a'), e.send(['b']), e.send(None))
e.close()
def returns_tuple():
    yield 1
    return (1, 2)
r = returns_tuple()
next(r)
show(lambda: next(r))
def returns_none():
    yield
r2 = returns_none()
next(r2)
show(lambda: r2.send(None))
def gen_in_gen():
    inner = accumulator()
    next(inner)
    yield inner.send(4)
    yield inner.send(6)
print(list(gen_in_gen()))
def self_send():
    yield me.send(None)
me = self_send()
show(lambda: next(me))
print(type(g).__name__, g.__name__, g.__qualname__)
