# Barrier.wait() returns each thread's arrival index; the first arriver gets 0.
import threading
import time

barrier = threading.Barrier(3)
results = {}


def arrive(name, delay):
    time.sleep(delay)
    results[name] = barrier.wait()


threads = [threading.Thread(target=arrive, args=(name, delay))
           for name, delay in (("slow", 0.2), ("fast", 0.0), ("medium", 0.1))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items(), key=lambda kv: kv[1]))
print("parties:", barrier.parties, "n_waiting:", barrier.n_waiting, "broken:", barrier.broken)
