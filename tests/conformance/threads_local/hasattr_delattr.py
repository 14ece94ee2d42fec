# hasattr, setattr, getattr and delattr work per thread on a local.
import threading

loc = threading.local()
setattr(loc, "x", 10)
print(hasattr(loc, "x"), getattr(loc, "x"))


def worker():
    print("worker hasattr before:", hasattr(loc, "x"))
    setattr(loc, "x", 99)
    delattr(loc, "x")
    print("worker hasattr after delete:", hasattr(loc, "x"))
    loc.y = "worker-only"


t = threading.Thread(target=worker)
t.start()
t.join()
print("main x:", loc.x, "main has y:", hasattr(loc, "y"))
delattr(loc, "x")
print("main hasattr after delete:", hasattr(loc, "x"))
