# A Barrier keeps workers in lockstep across several phases.
import threading
import time

phases = 3
barrier = threading.Barrier(3)
lock = threading.Lock()
log = []


def worker(name, speed):
    for phase in range(phases):
        time.sleep(speed)
        with lock:
            log.append((phase, name))
        barrier.wait()


threads = [threading.Thread(target=worker, args=(n, s)) for n, s in (("a", 0.1), ("b", 0.0), ("c", 0.2))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("phases never overlap:", [p for p, _ in log] == sorted(p for p, _ in log))
for phase in range(phases):
    print(phase, [n for p, n in log if p == phase])
