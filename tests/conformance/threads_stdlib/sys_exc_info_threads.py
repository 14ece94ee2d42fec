# sys.exc_info() is per thread: each handler sees only its own exception.
import sys
import threading

main_ready = threading.Event()
worker_checked = threading.Event()
seen = {}


def worker():
    main_ready.wait()
    seen["worker outside handler"] = sys.exc_info()[0]
    try:
        raise KeyError("worker")
    except KeyError:
        seen["worker in handler"] = sys.exc_info()[0].__name__
    worker_checked.set()


t = threading.Thread(target=worker)
t.start()
try:
    raise ValueError("main")
except ValueError:
    main_ready.set()
    worker_checked.wait()
    print("main in handler:", sys.exc_info()[0].__name__, sys.exc_info()[1])
t.join()
print(seen)
print("after handler:", sys.exc_info())
