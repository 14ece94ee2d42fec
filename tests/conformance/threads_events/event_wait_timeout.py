# Event.wait(timeout) returns False on timeout and True once the event is set.
import threading
import time

ev = threading.Event()
print("initially set:", ev.is_set())
print("wait(0.05):", ev.wait(0.05))


def setter():
    time.sleep(0.1)
    print("setter: setting")
    ev.set()


t = threading.Thread(target=setter)
t.start()
print("wait(1.5):", ev.wait(1.5))
t.join()
print("wait on a set event returns at once:", ev.wait(0))
print("wait() with no timeout:", ev.wait())
