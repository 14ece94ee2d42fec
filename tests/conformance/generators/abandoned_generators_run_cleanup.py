"""A generator dropped while paused inside try/finally or with is closed at once: its cleanup runs before the next statement, and at exit for globals."""
import atexit


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else None)
        return False


def numbers(tag):
    try:
        for i in range(5):
            yield i
    finally:
        print("finally", tag)


def managed(tag):
    with Resource(tag):
        yield 1
        yield 2


print("-- break out of a for loop")
for n in numbers("loop"):
    if n == 1:
        break
print("after loop")

print("-- any() stops early")
print(any(n > 0 for n in numbers("genexp-source")))
print(any(numbers("any")))
print("after any")

print("-- rebinding and del")
g = numbers("rebind")
next(g)
g = None
print("after rebind")
g = managed("del")
next(g)
del g
print("after del")

print("-- a local when its function returns")


def first(tag):
    it = numbers(tag)
    return next(it)


print(first("local"))

print("-- an exception leaves the loop")
try:
    for n in managed("raise"):
        raise KeyError(n)
except KeyError as e:
    print("caught", e)

print("-- yield from: the inner generator's cleanup")


def outer():
    yield from numbers("inner")


o = outer()
next(o)
o = None
print("after outer")

print("-- not started, finished, or closed already: nothing more runs")
fresh = numbers("fresh")
fresh = None
done = numbers("done")
print(list(done))
done = None
closed = numbers("closed")
next(closed)
closed.close()
closed = None
print("after the quiet ones")

print("-- a paused generator in a list, when the list goes")
holder = [numbers("in-list")]
next(holder[0])
holder.clear()
print("after clear")

print("-- suspended outside any try: nothing to run")


def plain():
    yield 1
    print("never")


p = plain()
next(p)
p = None
print("after plain")

atexit.register(print, "atexit handler")
keep = numbers("global")
next(keep)
_private = numbers("_private global")
next(_private)
print("end of program")

# A weak reference freed at exit together with its referent calls no callback.
import weakref


class Target:
    pass


target = Target()
watch = weakref.ref(target, lambda ref: print("weakref callback at exit"))
