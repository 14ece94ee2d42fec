# Workers start one per submit while none is idle, up to max_workers; a worker that finished a task is reused.
from concurrent.futures import ThreadPoolExecutor
import threading
import time


def whoami(_=None):
    return threading.current_thread().name


def pool_threads():
    return sorted(t.name for t in threading.enumerate() if t.name.startswith("pool"))


with ThreadPoolExecutor(max_workers=4, thread_name_prefix="pool") as ex:
    for i in range(3):
        print("sequential", i, ex.submit(whoami).result())
        # Let the worker mark itself idle (it releases the pool's idle semaphore).
        time.sleep(0.01)
    print("threads after sequential submits:", pool_threads())
    gate = threading.Event()
    futures = [ex.submit(gate.wait) for _ in range(4)]
    # The idle count left by the sequential tasks saves one thread start.
    print("threads with four blocked tasks:", pool_threads())
    gate.set()
    for f in futures:
        f.result()
    print("map ran on pool threads:", set(ex.map(whoami, range(8))) <= set(pool_threads()))
print("after shutdown:", pool_threads())
print(ThreadPoolExecutor()._max_workers, ThreadPoolExecutor(3)._max_workers)
