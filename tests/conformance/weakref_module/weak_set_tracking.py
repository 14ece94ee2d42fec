# WeakSet tracks live objects without keeping them alive.
import weakref


class Worker:
    registry = weakref.WeakSet()

    def __init__(self, name):
        self.name = name
        Worker.registry.add(self)


w1, w2, w3 = Worker("a"), Worker("b"), Worker("c")
print(len(Worker.registry), sorted(w.name for w in Worker.registry), w2 in Worker.registry)
del w2
print(len(Worker.registry), sorted(w.name for w in Worker.registry))
Worker.registry.discard(w1)
print(len(Worker.registry), w1 in Worker.registry, 5 in Worker.registry)
s = weakref.WeakSet([w1, w3])
del w1
print(len(s), s.pop().name, len(s))
try:
    s.pop()
except KeyError as exc:
    print("KeyError:", exc)
print(repr(weakref.WeakSet()))
