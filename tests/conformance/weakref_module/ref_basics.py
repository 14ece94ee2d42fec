# weakref.ref: calling it, sharing of plain refs, counts, the types that accept weak references, errors.
import threading
import weakref


class Node:
    def visit(self):
        return self


n = Node()
r = weakref.ref(n)
print(r() is n, weakref.ref(n) is r, weakref.getweakrefcount(n), r.__callback__)
r2 = weakref.ref(n, lambda ref: None)
print("a ref with a callback is new:", r2 is not r, weakref.getweakrefcount(n), len(weakref.getweakrefs(n)))
print(type(r).__name__, weakref.ref is weakref.ReferenceType, isinstance(r, weakref.ref))


def f():
    pass


class WithSlots:
    __slots__ = ("a",)


class WithWeakSlot:
    __slots__ = ("a", "__weakref__")


samples = [("function", f), ("class", Node), ("bound method", Node().visit), ("builtin", len),
           ("set", {1}), ("frozenset", frozenset()), ("lock", threading.Lock()), ("thread", threading.Thread()),
           ("local", threading.local()), ("module", threading), ("generator", (x for x in ())),
           ("slots with __weakref__", WithWeakSlot()), ("int", 1), ("str", "s"), ("list", []), ("dict", {}),
           ("tuple", ()), ("None", None), ("object()", object()), ("exception", ValueError()),
           ("slots without __weakref__", WithSlots())]
for label, obj in samples:
    try:
        weakref.ref(obj)
        print(label, "ok")
    except TypeError as exc:
        print(label, "->", exc)
for bad in (lambda: weakref.ref(), lambda: weakref.ref(n, None, 1), lambda: r(1)):
    try:
        bad()
    except TypeError as exc:
        print("TypeError:", exc)
print(weakref.getweakrefcount(5), weakref.getweakrefs(5))
