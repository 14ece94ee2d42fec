"""A thread that stops reading a generator paused inside `with lock:` drops it, which closes it and releases the lock for the other thread."""
import threading
import time

lock = threading.Lock()
log = []


def rows(name):
    with lock:
        log.append(name + " has the lock")
        for i in range(3):
            yield i
            time.sleep(0.03)
    log.append(name + " let go")


def reader(name, wanted):
    for row in rows(name):
        log.append(f"{name} read {row}")
        if row == wanted:
            break
    log.append(name + " done")


a = threading.Thread(target=reader, args=("a", 1))
b = threading.Thread(target=reader, args=("b", 0))
a.start()
time.sleep(0.02)
b.start()
a.join()
b.join()
print("\n".join(log))
print("locked at the end:", lock.locked())
