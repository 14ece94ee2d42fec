# weakref.ref to objects used by threads: alive while referenced, dead after the last reference goes.
import threading
import weakref


class Job:
    def __init__(self, name):
        self.name = name


job = Job("report")
ref = weakref.ref(job)
out = []
t = threading.Thread(target=lambda: out.append(ref().name))
t.start()
t.join()
print("thread read through the weakref:", out)
print("alive:", ref() is job)
del job
print("dead after del:", ref() is None)
callbacks = []
j2 = Job("temp")
r2 = weakref.ref(j2, lambda r: callbacks.append("collected"))
del j2
print("callback ran:", callbacks)
t = threading.Thread(target=lambda: None)
tr = weakref.ref(t)
t.start()
t.join()
print("a Thread can be weakly referenced:", tr() is t)
try:
    weakref.ref(42)
except TypeError as exc:
    print("TypeError:", exc)
