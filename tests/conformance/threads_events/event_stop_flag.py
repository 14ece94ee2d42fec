# An Event as a stop flag: the worker polls it between steps and exits cleanly.
import threading
import time

stop = threading.Event()
steps = []


def worker():
    while not stop.wait(timeout=0.1):
        steps.append("step")
    print("worker saw stop, exiting")


t = threading.Thread(target=worker)
t.start()
time.sleep(0.35)
stop.set()
t.join()
print("took some steps:", 2 <= len(steps) <= 4)
print("alive:", t.is_alive())
