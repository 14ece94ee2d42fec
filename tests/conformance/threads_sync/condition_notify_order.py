# notify(1) wakes the longest-waiting thread first; notify(2) wakes the next two.
import threading
import time

cond = threading.Condition()
state = {"waiting": 0}
woken = []


def waiter(name):
    with cond:
        state["waiting"] += 1
        cond.wait()
        woken.append(name)


def wait_until(check):
    # Poll under the lock: a waiter counted here has already released it inside wait().
    while True:
        with cond:
            if check():
                return
        time.sleep(0.01)


threads = []
for k, name in enumerate(("first", "second", "third", "fourth"), start=1):
    t = threading.Thread(target=waiter, args=(name,))
    t.start()
    threads.append(t)
    wait_until(lambda: state["waiting"] == k)
with cond:
    cond.notify()
wait_until(lambda: len(woken) == 1)
print("after notify():", woken)
with cond:
    cond.notify(2)
wait_until(lambda: len(woken) == 3)
# The two woken by notify(2) may re-acquire the lock in either order.
print("after notify(2):", woken[0], sorted(woken[1:]))
with cond:
    cond.notify_all()
for t in threads:
    t.join()
print("woken last:", woken[3])
