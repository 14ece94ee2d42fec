"""next(), send() and __next__ of a generator called by a built-in (map, Context.run, sorted's key, atexit) rather than by the program's own code."""
import atexit
import contextvars


def numbers():
    yield 1
    yield 2
    yield 3
    return "finished"


gen = numbers()
print(list(map(next, [gen])))
print(contextvars.copy_context().run(next, gen))
g = numbers()
ctx = contextvars.Context()
print(ctx.run(g.__next__), ctx.run(g.send, None), ctx.run(next, g, 0), ctx.run(next, g, 0))
try:
    ctx.run(next, g)
except StopIteration as e:
    print("StopIteration", e.args)
pairs = [numbers(), numbers()]
next(pairs[1])
print([next(p) for p in sorted(pairs, key=next)])
later = numbers()
atexit.register(lambda: print("at exit, next gives", next(later)))
atexit.register(next, later)
print("done")
