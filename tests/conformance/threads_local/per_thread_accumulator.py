# Each thread accumulates in its own local without locking, then publishes a total once.
import threading

acc = threading.local()
totals = {}
totals_lock = threading.Lock()


def worker(name, numbers):
    acc.total = 0
    for n in numbers:
        acc.total += n
    with totals_lock:
        totals[name] = acc.total


threads = [threading.Thread(target=worker, args=(f"w{i}", range(i * 1000, (i + 1) * 1000))) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in sorted(totals):
    print(name, totals[name])
print("grand total:", sum(totals.values()), sum(range(4000)))
