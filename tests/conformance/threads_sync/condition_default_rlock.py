# Condition() uses an RLock by default; wait() releases every level and restores them after.
import threading
import time

cond = threading.Condition()
observed = []


def notifier():
    time.sleep(0.1)
    got = cond.acquire(timeout=1)
    observed.append(("notifier acquired while main waits", got))
    cond.notify()
    cond.release()


t = threading.Thread(target=notifier)
t.start()
cond.acquire()
cond.acquire()
cond.acquire()
print("main holds the default lock three levels deep: it is re-entrant")
print("wait returned:", cond.wait(timeout=1.5))
t.join()
print(observed)
cond.release()
cond.release()
probe = []
t = threading.Thread(target=lambda: probe.append(cond.acquire(blocking=False)))
t.start()
t.join()
print("after two of three releases, other thread acquires:", probe)
cond.release()
t = threading.Thread(target=lambda: probe.append(cond.acquire(blocking=False)))
t.start()
t.join()
print("after the third release:", probe)
