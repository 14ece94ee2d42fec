# shutdown(cancel_futures=True) cancels queued tasks that have not started.
from concurrent.futures import ThreadPoolExecutor
import threading

started = threading.Event()
release = threading.Event()


def blocker():
    started.set()
    release.wait()
    return "blocker done"


pool = ThreadPoolExecutor(max_workers=1)
first = pool.submit(blocker)
queued = [pool.submit(str, i) for i in range(3)]
started.wait()
threading.Timer(0.1, release.set).start()
pool.shutdown(wait=True, cancel_futures=True)
print(first.result())
print("queued cancelled:", [f.cancelled() for f in queued])
