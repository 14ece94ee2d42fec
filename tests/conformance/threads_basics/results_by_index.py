# Collecting results from threads by index into a preallocated list.
import threading
import time

results = [None] * 5


def compute(i):
    time.sleep(0.05 * (5 - i))
    results[i] = i ** 3


threads = [threading.Thread(target=compute, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
print(sum(results))
