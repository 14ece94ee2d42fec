# generator.close: GeneratorExit, finally blocks, ignoring GeneratorExit, close on unstarted generators.
def show(fn):
    try:
        print(repr(fn()))
    except BaseException as e:
        print(type(e).__name__, repr(e))

def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')

g = with_finally()
print(next(g))
print(g.close(), g.close())
show(lambda: next(g))
u = with_finally()
print(u.close())
show(lambda: next(u))
def catches_exit():
    try:
        yield 1
    except GeneratorExit as e:
        print('got', type(e).__name__, e.args)
        raise
c = catches_exit()
next(c)
c.close()
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        print('ignoring')
    yield 2
i = ignores_exit()
next(i)
show(lambda: i.close())
print(next(i, 'exhausted'), next(i, 'exhausted'))
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return 'value is dropped'
r = returns_on_exit()
next(r)
print(r.close())
def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError('during close')
o = raises_other()
next(o)
show(lambda: o.close())
show(lambda: o.close())
def exhausted():
    yield 1
x = exhausted()
list(x)
print(x.close())
show(lambda: x.close(1))
def running():
    me.close()
    yield
me = running()
show(lambda: next(me))
gens = [with_finally() for _ in range(3)]
for k, gen in enumerate(gens):
    for _ in range(k):
        next(gen, None)
for gen in gens:
    gen.close()
def throw_exit():
    try:
        yield
    except GeneratorExit:
        yield 'second'
t = throw_exit()
next(t)
show(lambda: t.throw(GeneratorExit))
