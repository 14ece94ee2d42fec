# Executor.map yields results in input order even when later inputs finish first.
from concurrent.futures import ThreadPoolExecutor
import threading
import time

finished = []
lock = threading.Lock()


def work(delay):
    time.sleep(delay)
    with lock:
        finished.append(delay)
    return delay * 10


with ThreadPoolExecutor(max_workers=3) as pool:
    results = list(pool.map(work, [0.3, 0.1, 0.2]))
print("map results:", results)
print("finish order:", finished)
with ThreadPoolExecutor(max_workers=2) as pool:
    print("two iterables:", list(pool.map(pow, [2, 3, 4], [5, 2, 1])))
    print("empty:", list(pool.map(abs, [])))
