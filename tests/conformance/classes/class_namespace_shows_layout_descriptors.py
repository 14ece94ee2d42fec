# A class's __dict__ holds the __dict__/__weakref__ descriptors and one member per slot, as type() adds them.
import threading
import weakref


class Plain:
    kind = "plain"

    def method(self):
        return 1


class Child(Plain):
    extra = 2


class Slotted:
    __slots__ = ("b", "a")


class SlottedWeak:
    __slots__ = ("x", "__weakref__")


class PerThread(threading.local):
    color = "red"


class Equal:
    def __eq__(self, other):
        return True


class Failure(Exception):
    pass


for cls in (Plain, Child, Slotted, SlottedWeak, PerThread, Equal, Failure):
    print(cls.__name__, [k for k in cls.__dict__ if k != "method"])

print(Plain.__dict__["kind"], Child.__dict__)
print(vars(Slotted)["a"], Plain.__dict__["__dict__"], Plain.__dict__["__weakref__"])
print(hasattr(Slotted, "a"), "a" in dir(Slotted()), type(Slotted.a).__name__)
print(type(Plain.__dict__["__dict__"]).__name__)

print(sorted(n for n in dir(Plain()) if n.startswith("__")))
print(sorted(n for n in dir(threading.local()) if n.startswith("__")))
p = Plain()
print(p.__weakref__)
r = weakref.ref(p)
print(p.__weakref__ is r)

s = Slotted()
s.a = 1
print(s.a, s.__getstate__(), Plain().__getstate__())
try:
    s.b
except AttributeError as e:
    print("AttributeError:", e)

print(threading.local.__qualname__, threading.local.__module__, threading.local.__doc__)
