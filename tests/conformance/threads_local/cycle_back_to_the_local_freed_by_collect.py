# A value stored in a local that refers back to the local forms a cycle; gc.collect() frees it, as CPython does.
import gc
import threading


class Session:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("closing", self.name)


registry = threading.local()
registry.session = Session("main")
registry.session.owner = registry


def worker():
    registry.session = Session("worker")
    registry.session.owner = registry


t = threading.Thread(target=worker)
t.start()
t.join()
del registry
print("collected something:", gc.collect() > 0)
print("end")
