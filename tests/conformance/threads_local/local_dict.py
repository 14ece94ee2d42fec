# Each thread has its own local __dict__; it cannot be replaced.
import threading

loc = threading.local()
loc.a = 1
loc.b = 2
print("main dict:", loc.__dict__)
out = {}


def worker():
    out["start"] = dict(loc.__dict__)
    loc.__dict__["c"] = 3
    out["c via attr"] = loc.c
    out["end"] = dict(loc.__dict__)


t = threading.Thread(target=worker)
t.start()
t.join()
print(out)
print("main dict again:", loc.__dict__)
try:
    loc.__dict__ = {"x": 1}
except AttributeError as exc:
    print("AttributeError:", exc)
print(vars(loc) is loc.__dict__)
