# wait_for returns the predicate's own value (not a bool), or its last value on timeout.
import threading
import time

cond = threading.Condition()
inbox = []


def deliver():
    time.sleep(0.1)
    with cond:
        inbox.append("letter")
        cond.notify()


t = threading.Thread(target=deliver)
t.start()
with cond:
    result = cond.wait_for(lambda: list(inbox))
print("wait_for returned:", repr(result))
t.join()
with cond:
    result = cond.wait_for(lambda: len(inbox) > 5 and "many", timeout=0.05)
print("on timeout returned:", repr(result))
with cond:
    print("already true, no wait:", repr(cond.wait_for(lambda: inbox[0].upper())))
