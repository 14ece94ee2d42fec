# notify_all wakes every waiter; each re-acquires the lock before returning from wait.
import threading

cond = threading.Condition()
state = {"waiting": 0, "go": False}
woke = []


def waiter(i):
    with cond:
        state["waiting"] += 1
        cond.notify_all()
        while not state["go"]:
            cond.wait()
        woke.append(i)


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
with cond:
    cond.wait_for(lambda: state["waiting"] == 3)
    print("all three waiting")
    state["go"] = True
    cond.notify_all()
    print("notified while holding the lock; woken so far:", len(woke))
for t in threads:
    t.join()
print("all woke:", sorted(woke))
