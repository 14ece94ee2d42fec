# is_alive() is False before start, True while running, False after join.
import threading

release = threading.Event()
started = threading.Event()


def worker():
    started.set()
    release.wait()


t = threading.Thread(target=worker)
print("before start:", t.is_alive())
t.start()
started.wait()
print("running:", t.is_alive())
release.set()
t.join()
print("after join:", t.is_alive())
