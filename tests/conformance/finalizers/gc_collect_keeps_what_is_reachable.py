# gc.collect() leaves alone cycles still held from outside: locals, closures, defaults, class attributes, containers, generators, exceptions.
import collections
import functools
import gc
import threading
import weakref


class N:
    def __init__(self, name):
        self.name = name
        self.me = self
        self.items = [self]


refs = []


def make(name):
    n = N(name)
    refs.append(weakref.ref(n))
    return n


local_ref = make("global")


def closure():
    c = make("cell")

    def inner():
        return c.name

    return inner


inner = closure()


def defaults(x=make("default")):
    return x


class Holder:
    attr = make("class attr")


s = {make("in set")}
dq = collections.deque([make("in deque")])


def gen():
    g = make("generator local")
    yield g.name


it = gen()
next(it)
bm = make("bound").__init__
part = functools.partial(print, make("partial"))
tl = threading.local()
tl.v = make("thread local")
t = (make("tuple"),)
lst = [[make("nested list")]]
keyd = {make("as key"): 0}
try:
    raise ValueError(make("in exception"))
except ValueError as e:
    ex = e
make("garbage")


def in_frame():
    here = make("frame local")
    print("collect in a frame:", gc.collect())
    return here.me.items[0].name


print(in_frame())
print("collect:", gc.collect())
print([r().name if r() else None for r in refs])
print(inner(), defaults().name, next(it, "done"))
