# multiprocessing.pool.ThreadPool and multiprocessing.dummy: the process-pool API over threads, with CPython's thread names.
import threading
import time
from multiprocessing.pool import ThreadPool
import multiprocessing.dummy as dummy


def worker_name(x):
    time.sleep(0.01 * (x % 3))
    return threading.current_thread().name


with ThreadPool(2) as pool:
    print(sorted(set(pool.map(worker_name, range(6)))))
    print(pool)

pool = dummy.Pool(3)
print(pool.map(lambda x: x * x, range(5)))
print(pool.starmap(pow, [(2, 3), (3, 2)]))
r = pool.apply_async(pow, (2, 10))
print(r.get(), r.ready(), r.successful())
print(sorted(pool.imap_unordered(abs, [-1, -2, 3])), list(pool.imap(abs, [-1, -2])))
try:
    pool.apply(int, ("x",))
except ValueError as e:
    print("ValueError:", e)
pool.close()
pool.join()
print(type(pool).__name__, dummy.current_process().name, dummy.Process, dummy.Queue)

# Each worker thread has its own thread-local values, set by the initializer.
local = threading.local()


def init(tag):
    local.tag = tag + threading.current_thread().name


def read(x):
    time.sleep(0.1)
    return local.tag


with ThreadPool(2, initializer=init, initargs=("worker ",)) as pool:
    print(sorted(set(pool.map(read, range(4), chunksize=1))))

# A dummy Process is a thread with an exit code and a parent.
def job(results, n):
    time.sleep(0.05)
    results.append(n * 10)


results = []
procs = [dummy.Process(target=job, args=(results, n)) for n in range(3)]
print([p.exitcode for p in procs])
for p in procs:
    p.start()
print(len(dummy.active_children()), procs[0].name)
for p in procs:
    p.join()
print(sorted(results), [p.exitcode for p in procs], dummy.active_children())
print(threading.active_count())
