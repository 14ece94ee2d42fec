# At exit the non-daemon thread is joined; the daemon thread is dropped before its last message.
import threading
import time

daemon_started = threading.Event()
worker_started = threading.Event()


def background():
    print("daemon: started")
    daemon_started.set()
    time.sleep(1.0)
    print("daemon: this line never prints")


def foreground():
    print("worker: started")
    worker_started.set()
    time.sleep(0.2)
    print("worker: finished")


threading.Thread(target=background, daemon=True).start()
daemon_started.wait()
threading.Thread(target=foreground).start()
worker_started.wait()
print("main: reached the end")
