# submit() returns a Future; result() waits for the value.
from concurrent.futures import ThreadPoolExecutor
import time


def slow_square(x):
    time.sleep(0.05)
    return x * x


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(slow_square, n) for n in range(5)]
    print([f.result() for f in futures])
    f = pool.submit(pow, 2, 10)
    print("pow:", f.result(timeout=1.5))
    f = pool.submit(sorted, [3, 1, 2], reverse=True)
    print("kwargs passed:", f.result())
print("all done:", all(f.done() for f in futures))
