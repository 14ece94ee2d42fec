# join(timeout) returns None even when the thread is still running; is_alive tells the difference.
import threading
import time


def slow():
    time.sleep(0.3)
    print("slow finished")


t = threading.Thread(target=slow)
t.start()
r = t.join(timeout=0.05)
print("join returned:", r)
print("still alive after short join:", t.is_alive())
t.join(1.5)
print("alive after long join:", t.is_alive())
print("join(0) on finished thread:", t.join(0))
