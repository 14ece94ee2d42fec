# Worker threads are created as tasks arrive, up to max_workers, with numbered names.
from concurrent.futures import ThreadPoolExecutor
import threading

gate = threading.Event()
both_running = threading.Barrier(2)


def task(i):
    both_running.wait()
    gate.wait()
    return threading.current_thread().name


with ThreadPoolExecutor(max_workers=2, thread_name_prefix="io") as pool:
    futures = [pool.submit(task, i) for i in range(2)]
    print("pool threads alive:", sorted(t.name for t in threading.enumerate() if t.name.startswith("io")))
    gate.set()
    print(sorted(f.result() for f in futures))
    print("daemon:", [t.daemon for t in threading.enumerate() if t.name.startswith("io")])
