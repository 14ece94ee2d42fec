# ThreadPoolExecutor reuses its threads, so a local keeps values across tasks on the same worker.
import threading
from concurrent.futures import ThreadPoolExecutor

tls = threading.local()


def task(n):
    tls.count = getattr(tls, "count", 0) + 1
    tls.seen = getattr(tls, "seen", []) + [n]
    return threading.current_thread().name, tls.count, tls.seen


with ThreadPoolExecutor(max_workers=1, thread_name_prefix="solo") as pool:
    for result in pool.map(task, range(4)):
        print(result)
print("main count:", getattr(tls, "count", None))
