# A daemon thread in an endless sleep loop does not keep the program alive.
import threading
import time

ticks = []


def heartbeat():
    while True:
        ticks.append(1)
        time.sleep(0.1)


threading.Thread(target=heartbeat, daemon=True, name="heartbeat").start()
time.sleep(0.05)
print("heartbeat alive:", [t.name for t in threading.enumerate() if t.daemon])
print("at least one tick:", len(ticks) >= 1)
print("main done")
