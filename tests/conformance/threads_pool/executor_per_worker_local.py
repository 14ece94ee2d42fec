# ThreadPoolExecutor with a per-worker local: each worker keeps its own log across tasks.
from concurrent.futures import ThreadPoolExecutor
import threading

worker_log = threading.local()
created = []
lock = threading.Lock()
both_here = threading.Barrier(2)


def my_log():
    if not hasattr(worker_log, "tasks"):
        worker_log.tasks = []
        with lock:
            created.append(threading.current_thread().name)
    return worker_log.tasks


def task(n):
    my_log().append(n)
    return n


def report(_):
    # Both workers meet here, so each reports its own local exactly once.
    both_here.wait()
    return threading.current_thread().name, list(my_log())


with ThreadPoolExecutor(max_workers=2, thread_name_prefix="w") as pool:
    first = [pool.submit(report, None) for _ in range(2)]
    print("workers:", sorted(f.result()[0] for f in first))
    print("logs start empty:", [f.result()[1] for f in first])
    for f in [pool.submit(task, n) for n in range(10)]:
        f.result()
    reports = dict(f.result() for f in [pool.submit(report, None) for _ in range(2)])
print("reporting workers:", sorted(reports))
print("each task logged by exactly one worker:", sorted(sum(reports.values(), [])) == list(range(10)))
print("one log created per worker:", sorted(created))
print("main has no log:", not hasattr(worker_log, "tasks"))
