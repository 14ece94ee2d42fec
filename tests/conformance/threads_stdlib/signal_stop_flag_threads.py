# A SIGINT handler sets a stop Event; worker threads notice it and exit cleanly.
import signal
import threading
import time

stop = threading.Event()
ready = threading.Barrier(3)
lock = threading.Lock()
stopped = []


def handler(signum, frame):
    print("main thread got SIGINT in", threading.current_thread().name)
    stop.set()


def worker(name):
    ready.wait()
    while not stop.wait(0.05):
        pass
    with lock:
        stopped.append(name)


signal.signal(signal.SIGINT, handler)
threads = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(2)]
for t in threads:
    t.start()
ready.wait()
time.sleep(0.1)
signal.raise_signal(signal.SIGINT)
for t in threads:
    t.join()
print("stopped cleanly:", sorted(stopped))
