# A local subclass's __init__ runs in each thread on its first access of any kind: a property, a slot, dir(), a store.
import threading


class Request(threading.local):
    __slots__ = ("shared", "__dict__")

    def __init__(self):
        print("init in", threading.current_thread().name)
        self.shared = 0
        self.user = "anonymous"

    @property
    def label(self):
        return "request"


req = Request()
req.shared = 5
req.user = "alice"


def by_property():
    print("property:", req.label)


def by_slot():
    # Slots belong to the object, not to the thread: __init__ resets it for everyone.
    print("slot:", req.shared)
    req.shared = 9


def by_dir():
    print("dir has user:", "user" in dir(req))


def by_store():
    req.other = 1
    print("store then user:", req.user)


for target in (by_property, by_slot, by_dir, by_store):
    t = threading.Thread(target=target, name=target.__name__)
    t.start()
    t.join()

print("main:", req.user, req.shared)

loc = threading.local()
loc.items = [1]
try:
    del loc.__dict__
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(loc, type("Name", (str,), {})("items")))
print(threading.local.__qualname__, threading.local().__class__)


class Plain:
    pass


try:
    Request().__class__ = Plain
except TypeError as e:
    print("TypeError:", e)

loc.itms
