# A Semaphore(2) limits how many workers are inside the guarded section at once.
import threading
import time

slots = threading.Semaphore(2)
lock = threading.Lock()
inside = 0
peak = 0
order = []


def worker(i):
    global inside, peak
    time.sleep(0.1 * i)
    with slots:
        with lock:
            inside += 1
            peak = max(peak, inside)
            order.append(f"enter {i} ({inside} inside)")
        time.sleep(0.25)
        with lock:
            inside -= 1
            order.append(f"leave {i}")


threads = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("\n".join(order))
print("peak concurrency:", peak)
