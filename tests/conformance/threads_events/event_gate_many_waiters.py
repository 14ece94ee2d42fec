# One set() releases every thread waiting on the event.
import threading
import time

start_gate = threading.Event()
lock = threading.Lock()
passed = []


def runner(i):
    start_gate.wait()
    with lock:
        passed.append(i)


threads = [threading.Thread(target=runner, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
time.sleep(0.1)
print("before set:", passed)
start_gate.set()
for t in threads:
    t.join()
print("after set:", sorted(passed))
