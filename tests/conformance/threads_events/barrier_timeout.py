# A wait() timeout breaks the barrier for everyone waiting on it.
import threading
import time

barrier = threading.Barrier(3, timeout=0.3)
results = []
lock = threading.Lock()


def patient(name):
    try:
        barrier.wait()
        r = "passed"
    except threading.BrokenBarrierError:
        r = "broken"
    with lock:
        results.append((name, r))


t = threading.Thread(target=patient, args=("default-timeout",))
t.start()
time.sleep(0.05)
try:
    barrier.wait(timeout=0.1)
except threading.BrokenBarrierError:
    results.append(("main short timeout", "broken"))
t.join()
print(sorted(results))
print("broken:", barrier.broken, "waiting:", barrier.n_waiting)
