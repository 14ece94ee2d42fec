# gc.collect() frees cycles nothing else holds: weak references die first, then __del__ runs (oldest first); it returns how many objects it freed.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)

    def __del__(self):
        parent = self.parent.name if self.parent else None
        print("del", self.name, [c.name for c in self.children], parent)


root = Node("root")
root.add(Node("a"))
root.add(Node("b"))
root.children[0].add(Node("a1"))
ref = weakref.ref(root, lambda r: print("callback, referent:", r()))
del root
print("alive before collect:", ref() is not None)
print("collected:", gc.collect())
print("alive after:", ref() is not None)
print("nothing left:", gc.collect())


class Plain:
    pass


p = Plain()
p.me = p
wp = weakref.ref(p)
del p
print("plain alive:", wp() is not None)
print("collected:", gc.collect(), wp())


class Handler:
    def __init__(self):
        self.callback = self.handle

    def handle(self):
        pass

    def __del__(self):
        print("Handler del")


h = Handler()
del h
print("through a bound method:", gc.collect())

saved = []


class Phoenix:
    def __del__(self):
        print("Phoenix del, saving itself")
        saved.append(self)


x = Phoenix()
x.me = x
del x
print("resurrected, freed:", gc.collect(), "saved:", len(saved))
saved.clear()
print("second time, no del:", gc.collect())
