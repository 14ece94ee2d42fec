# A value stored only in a thread's local is released once that thread has finished.
import threading
import weakref


class Resource:
    def __init__(self, name):
        self.name = name


loc = threading.local()
refs = {}


def worker(name):
    res = Resource(name)
    loc.res = res
    refs[name] = weakref.ref(res)
    print(name, "stored, alive:", refs[name]() is not None)


t = threading.Thread(target=worker, args=("r1",))
t.start()
t.join()
print("after join, r1 released:", refs["r1"]() is None)

keep = Resource("main")
loc.res = keep
main_ref = weakref.ref(keep)
del keep
print("main's value still alive:", main_ref() is not None, main_ref().name)
del loc
print("after deleting the local:", main_ref() is None)
