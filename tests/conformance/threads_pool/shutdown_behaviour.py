# shutdown(wait=True) waits for queued work; submit after shutdown raises RuntimeError.
from concurrent.futures import ThreadPoolExecutor
import time

done = []


def work(i):
    time.sleep(0.05)
    done.append(i)
    return i


pool = ThreadPoolExecutor(max_workers=2)
futures = [pool.submit(work, i) for i in range(4)]
pool.shutdown(wait=True)
print("after shutdown:", sorted(done), all(f.done() for f in futures))
try:
    pool.submit(work, 99)
except RuntimeError as exc:
    print("RuntimeError:", exc)
pool.shutdown()
print("second shutdown is fine")
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as exc:
    print("ValueError:", exc)
