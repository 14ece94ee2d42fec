# acquire(timeout=...) gives up with False, or succeeds once the holder releases in time.
import threading
import time

lock = threading.Lock()
held = threading.Event()


def holder():
    with lock:
        held.set()
        time.sleep(0.3)


t = threading.Thread(target=holder)
t.start()
held.wait()
print("short timeout:", lock.acquire(timeout=0.05))
print("long timeout:", lock.acquire(timeout=1.5))
lock.release()
t.join()
print("timeout=-1 waits forever and succeeds:", lock.acquire(timeout=-1))
lock.release()
