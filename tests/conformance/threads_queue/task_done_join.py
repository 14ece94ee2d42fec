# join() blocks until every item put has been marked task_done() by a worker.
import queue
import threading
import time

q = queue.Queue()
processed = []


def worker():
    while True:
        item = q.get()
        time.sleep(0.02)
        processed.append(item * 2)
        q.task_done()


threading.Thread(target=worker, daemon=True).start()
for i in range(5):
    q.put(i)
q.join()
print("all tasks done:", processed)
print("unfinished after join:", q.unfinished_tasks)
q.put(10)
q.join()
print("second batch:", processed[-1])
