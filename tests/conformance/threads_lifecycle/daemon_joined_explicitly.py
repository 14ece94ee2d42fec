# A daemon thread that is joined explicitly runs to completion like any other.
import threading
import time


def background(steps):
    for i in range(steps):
        time.sleep(0.05)
        print("daemon step", i)


t = threading.Thread(target=background, args=(3,), daemon=True)
t.start()
t.join()
print("daemon finished:", not t.is_alive(), "daemon flag:", t.daemon)
