# wait/notify without holding the Condition's lock raise RuntimeError.
import threading

cond = threading.Condition()
for label, call in (("wait", lambda: cond.wait(0.01)),
                    ("notify", lambda: cond.notify()),
                    ("notify_all", lambda: cond.notify_all()),
                    ("wait_for false", lambda: cond.wait_for(lambda: False, 0.01))):
    try:
        call()
        print(label, "ok")
    except RuntimeError as exc:
        print(label, "->", exc)
print("wait_for with a true predicate returns at once:", cond.wait_for(lambda: "yes"))
with cond:
    cond.notify()
    print("notify with no waiters is fine")
