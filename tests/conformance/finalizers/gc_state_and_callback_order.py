# gc.disable() shows in isenabled(); callbacks of a garbage cycle's weak references run oldest referent first; a collect inside a finalizer finds nothing.
import gc
import weakref

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())


class P:
    pass


a, b, c = P(), P(), P()
a.next, b.next, c.next = b, c, a
refs = [weakref.ref(x, lambda r, name=name: print("callback", name)) for x, name in ((a, "a"), (b, "b"), (c, "c"))]
del a, b, c
print("collected", gc.collect())


class Nested:
    def __del__(self):
        print("nested collect finds", gc.collect())


x = Nested()
x.me = x
del x
print("outer collect", gc.collect())


class Q:
    pass


q1, q2 = Q(), Q()
q1.other, q2.other = q2, q1
def report(r):
    print("a weak reference that is garbage itself calls nothing")


q1.ref = weakref.ref(q2, report)
del q1, q2
print("with a weak reference inside:", gc.collect())
