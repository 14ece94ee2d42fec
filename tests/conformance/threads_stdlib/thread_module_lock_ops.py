# _thread.allocate_lock / LockType behave like threading.Lock, including timeouts and context use.
import _thread
import threading

lock = _thread.allocate_lock()
print(type(lock) is _thread.LockType, type(threading.Lock()) is _thread.LockType)
print(lock.acquire(), lock.acquire(False), lock.acquire(timeout=0.05))
lock.release()
with lock:
    print("in with:", lock.locked())
print("after with:", lock.locked())
try:
    lock.release()
except RuntimeError as exc:
    print("RuntimeError:", exc)
print(_thread.error is RuntimeError)
