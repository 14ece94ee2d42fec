# A plain Lock is not re-entrant: a second non-blocking acquire by the owner fails.
import threading

lock = threading.Lock()
rlock = threading.RLock()
print("Lock first:", lock.acquire(), "second:", lock.acquire(blocking=False))
print("Lock second with timeout:", lock.acquire(timeout=0.05))
print("RLock first:", rlock.acquire(), "second:", rlock.acquire(blocking=False))
lock.release()
rlock.release()
rlock.release()
print("both free:", lock.acquire(False) and rlock.acquire(False))
