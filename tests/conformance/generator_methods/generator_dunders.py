# __next__, __iter__ and the StopIteration value of generators and generator expressions.
def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, repr(e), getattr(e, 'value', '-'))

def gen():
    yield 1
    yield 2
    return 'finished'

g = gen()
print(g.__iter__() is g, iter(g) is g, g.__next__(), next(g))
show(lambda: g.__next__())
show(lambda: next(g))
show(lambda: g.__next__(1))
ge = (x * x for x in range(3))
print(type(ge).__name__, ge.__next__(), list(ge), ge.__iter__() is ge)
show(lambda: ge.__next__())
print(next(gen(), 'dflt'), next(iter(()), 'default'))
print(next(gen().__iter__()), next(iter(gen())))
def deep():
    value = yield from gen()
    yield value
print(list(deep()))
e = StopIteration()
print(e.value, StopIteration(5).value, StopIteration(1, 2).value, StopIteration(None).value)
class Sub(StopIteration):
    pass
print(Sub('v').value)
def raises_stop():
    yield 1
    raise StopIteration('inside')
show(lambda: list(raises_stop()))
it = iter([1, 2])
print(it.__next__(), it.__iter__() is it)
print(sum(x for x in range(5)), max((x % 3 for x in range(10))), sorted(x for x in [3, 1, 2]))
g2 = gen()
print(g2.gi_running, next(g2), g2.gi_running)
show(lambda: type(g).__next__(5))
show(lambda: type(g).send(5, 1))
