# A Lock as a context manager is released even when the block raises.
import threading

lock = threading.Lock()
with lock:
    print("inside, locked:", lock.locked())
print("outside, locked:", lock.locked())
try:
    with lock:
        raise ValueError("inside the block")
except ValueError as exc:
    print("caught:", exc, "| locked:", lock.locked())
print("enter returns:", lock.__enter__())
lock.__exit__(None, None, None)
print("type:", type(lock).__name__)
