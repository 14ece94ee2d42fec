# A failing initializer breaks the pool: queued futures fail with BrokenThreadPool and the failure is logged.
from concurrent.futures import ThreadPoolExecutor, BrokenExecutor
from concurrent.futures.thread import BrokenThreadPool
import threading

gate = threading.Event()


def init():
    gate.wait()
    raise ConnectionError("database unavailable")


ex = ThreadPoolExecutor(max_workers=1, initializer=init)
futures = [ex.submit(print, i) for i in range(2)]
gate.set()
for f in futures:
    try:
        f.result()
    except BrokenExecutor as exc:
        print(type(exc).__name__, "|", exc)
try:
    ex.submit(print, "late")
except BrokenThreadPool as exc:
    print("submit:", exc)
ex.shutdown()
print(BrokenThreadPool.__module__, [c.__name__ for c in BrokenThreadPool.__mro__[:4]])
