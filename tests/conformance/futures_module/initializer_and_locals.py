# initializer/initargs run once per worker; each worker keeps its own threading.local across tasks.
from concurrent.futures import ThreadPoolExecutor
import threading

state = threading.local()
starts = []
lock = threading.Lock()


def setup(base):
    with lock:
        starts.append(threading.current_thread().name)
    state.count = base


def task(_):
    state.count += 1
    return threading.current_thread().name, state.count


barrier = threading.Barrier(2)


def meet(_):
    barrier.wait()
    return task(_)


with ThreadPoolExecutor(max_workers=2, thread_name_prefix="db", initializer=setup, initargs=(100,)) as ex:
    print(sorted(f.result() for f in [ex.submit(meet, i) for i in range(2)]))
    more = [f.result()[1] for f in [ex.submit(task, i) for i in range(4)]]
    print("counts grow per worker:", sorted(more)[-1] > 101, len(more))
print("initializer ran in:", sorted(starts))
try:
    ThreadPoolExecutor(initializer="not callable")
except TypeError as exc:
    print("TypeError:", exc)
for bad in (0, -1):
    try:
        ThreadPoolExecutor(max_workers=bad)
    except ValueError as exc:
        print("ValueError:", exc)
