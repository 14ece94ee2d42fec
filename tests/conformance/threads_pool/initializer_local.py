# An initializer runs once in each worker thread; it can prepare a per-worker local.
from concurrent.futures import ThreadPoolExecutor
import threading

worker_state = threading.local()
init_calls = []
lock = threading.Lock()


def init(tag):
    with lock:
        init_calls.append(tag)
    worker_state.tag = tag
    worker_state.handled = 0


def handle(n):
    worker_state.handled += 1
    return f"{n} by {worker_state.tag} (#{worker_state.handled})"


with ThreadPoolExecutor(max_workers=1, initializer=init, initargs=("db-session",)) as pool:
    for line in pool.map(handle, range(3)):
        print(line)
print("initializer calls:", init_calls)
print("main has tag:", hasattr(worker_state, "tag"))
