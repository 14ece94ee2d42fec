# set, clear and is_set; a cleared event blocks waiters again.
import threading

ev = threading.Event()
ev.set()
print(ev.is_set(), ev.wait(0.01))
ev.set()
print("set twice:", ev.is_set())
ev.clear()
print("after clear:", ev.is_set(), ev.wait(0.05))
ev.clear()
print("cleared twice:", ev.is_set())
print(type(ev).__name__, isinstance(ev, threading.Event))
