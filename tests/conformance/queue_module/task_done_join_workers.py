# task_done/join with a pool of daemon workers: join returns once every item is done; too many task_done raises.
import queue
import threading
import time

jobs = queue.Queue()
done = []
lock = threading.Lock()


def worker(n):
    while True:
        item = jobs.get()
        time.sleep(0.01 * (item % 3))
        with lock:
            done.append(item)
        jobs.task_done()


for n in range(3):
    threading.Thread(target=worker, args=(n,), daemon=True).start()
for item in range(9):
    jobs.put(item)
print("unfinished before join:", jobs.unfinished_tasks)
jobs.join()
print("after join:", sorted(done), "unfinished:", jobs.unfinished_tasks)
jobs.join()
print("a second join returns at once")
extra = queue.Queue()
extra.put(1)
extra.get()
extra.task_done()
try:
    extra.task_done()
except ValueError as exc:
    print("ValueError:", exc, "unfinished still", extra.unfinished_tasks)
