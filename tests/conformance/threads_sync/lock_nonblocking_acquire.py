# Non-blocking acquire returns False at once while another thread holds the lock.
import threading

lock = threading.Lock()
held = threading.Event()
release = threading.Event()


def holder():
    with lock:
        held.set()
        release.wait()


t = threading.Thread(target=holder)
t.start()
held.wait()
print("try while held:", lock.acquire(blocking=False))
print("try with False positional:", lock.acquire(False))
print("locked():", lock.locked())
release.set()
t.join()
print("try after release:", lock.acquire(blocking=False))
print("second try on own lock:", lock.acquire(False))
lock.release()
print("locked() after release:", lock.locked())
