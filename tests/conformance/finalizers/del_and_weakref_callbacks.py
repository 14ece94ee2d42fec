# __del__ runs before the weak references' callbacks, and weak references still reach the object inside it.
import weakref


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "weakref alive:", ref() is self)


t = Tracked("t")
ref = weakref.ref(t, lambda r: print("callback, referent now:", r()))
fin = weakref.finalize(t, print, "finalize callback")
t = None
print("after", ref())
print("finalize alive:", fin.alive)
