# Each thread seeds its own Random instance, so results do not depend on scheduling.
import random
import threading

results = {}


def worker(n):
    rng = random.Random(n)
    results[n] = [rng.randint(1, 100) for _ in range(5)]


threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for n in sorted(results):
    print(n, results[n])
check = random.Random(2)
print(results[2] == [check.randint(1, 100) for _ in range(5)])
