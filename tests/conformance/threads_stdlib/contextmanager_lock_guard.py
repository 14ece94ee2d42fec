# contextlib.contextmanager wraps a lock: setup, the guarded block, and cleanup even on errors.
import contextlib
import threading

lock = threading.Lock()
events = []


@contextlib.contextmanager
def guarded(label):
    with lock:
        events.append(f"enter {label}")
        try:
            yield label.upper()
        finally:
            events.append(f"exit {label}")


with guarded("first") as value:
    events.append(f"body sees {value}")
try:
    with guarded("second"):
        raise RuntimeError("boom")
except RuntimeError as exc:
    events.append(f"caught {exc}, lock free: {not lock.locked()}")


def worker():
    with guarded("thread"):
        events.append(f"in {threading.current_thread().name}")


t = threading.Thread(target=worker, name="helper")
t.start()
t.join()
print("\n".join(events))
