"""Errors from RLock methods show no frames inside the lock, as with CPython's RLock, which is written in C."""
import threading
import traceback

r = threading.RLock()
try:
    r.release()
except RuntimeError:
    print(traceback.format_exc().replace(__file__, "main.py"), end="")


def worker():
    try:
        with r:
            raise KeyError("inside")
    except KeyError:
        print(len(traceback.format_exc().splitlines()), "lines")


t = threading.Thread(target=worker)
t.start()
t.join()


def release_twice():
    r.acquire()
    r.release()
    r.release()


release_twice()
