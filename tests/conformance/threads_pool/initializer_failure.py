# A failing initializer breaks the pool: pending futures raise BrokenThreadPool.
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.thread import BrokenThreadPool


def init():
    raise ValueError("cannot connect")


pool = ThreadPoolExecutor(max_workers=1, initializer=init)
future = pool.submit(lambda: "never")
try:
    future.result(timeout=1.5)
except BrokenThreadPool as exc:
    print("BrokenThreadPool:", exc)
try:
    pool.submit(lambda: "again")
except BrokenThreadPool as exc:
    print("submit after break:", type(exc).__name__)
pool.shutdown()
print(issubclass(BrokenThreadPool, RuntimeError))
