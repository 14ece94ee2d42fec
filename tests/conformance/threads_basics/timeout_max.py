# TIMEOUT_MAX bounds the timeouts that lock acquisition accepts.
import threading

print(type(threading.TIMEOUT_MAX).__name__, threading.TIMEOUT_MAX > 1e6)
lock = threading.Lock()
print(lock.acquire(timeout=threading.TIMEOUT_MAX))
lock.release()
try:
    lock.acquire(timeout=threading.TIMEOUT_MAX * 2)
except OverflowError as exc:
    print("OverflowError:", exc)
print(lock.locked())
