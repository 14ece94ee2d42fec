# A Thread subclass that reuses CPython's internal names: `_stop` breaks join() and is_alive(), as in CPython; other private names of its own are kept.
import threading
import time


class StoppableThread(threading.Thread):
    def __init__(self):
        super().__init__()
        self._stop = threading.Event()  # shadows Thread._stop()
        self._index = 7  # CPython's Thread has no _index: it is the subclass's own

    def run(self):
        while not self._stop.is_set():
            time.sleep(0.1)


t = StoppableThread()
t.start()
time.sleep(0.25)
print("alive while running:", t.is_alive(), "index:", t._index)
t._stop.set()
time.sleep(0.3)
for step in ("is_alive", "join"):
    try:
        getattr(t, step)()
        print(step, "worked")
    except TypeError as e:
        print(step, "failed:", e)
print("index after the run:", t._index)


class Careful(threading.Thread):
    def __init__(self):
        super().__init__()
        self.stop_requested = threading.Event()

    def run(self):
        self.stop_requested.wait()


c = Careful()
c.start()
print("alive:", c.is_alive())
c.stop_requested.set()
c.join(1)
print("alive after join:", c.is_alive())
print(sorted(n for n in ("_stop", "_delete", "_wait_for_tstate_lock", "_tstate_lock", "_started", "_is_stopped") if hasattr(c, n)))
