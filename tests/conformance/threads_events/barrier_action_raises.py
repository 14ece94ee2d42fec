# If the Barrier action raises, the last arriver gets that exception and the others BrokenBarrierError.
import threading
import time


def action():
    raise ValueError("action failed")


barrier = threading.Barrier(3, action=action)
results = []
lock = threading.Lock()


def party(name, delay):
    time.sleep(delay)
    try:
        barrier.wait()
        r = "passed"
    except threading.BrokenBarrierError:
        r = "BrokenBarrierError"
    except ValueError as exc:
        r = f"ValueError: {exc}"
    with lock:
        results.append((name, r))


threads = [threading.Thread(target=party, args=(n, d)) for n, d in (("early", 0.0), ("middle", 0.1), ("last", 0.2))]
for t in threads:
    t.start()
for t in threads:
    t.join()
for row in sorted(results):
    print(*row)
print("broken:", barrier.broken)
