# Condition.wait(timeout) returns False when nobody notifies, True when notified.
import threading
import time

cond = threading.Condition(threading.Lock())
with cond:
    print("nobody notifies:", cond.wait(timeout=0.05))


def later():
    time.sleep(0.1)
    with cond:
        cond.notify()


t = threading.Thread(target=later)
t.start()
with cond:
    print("notified in time:", cond.wait(timeout=1.5))
t.join()
