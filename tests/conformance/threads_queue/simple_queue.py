# SimpleQueue: unbounded FIFO with put/get/empty/qsize and no task tracking.
import queue
import threading
import time

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.get(), sq.get_nowait())
try:
    sq.get(timeout=0.05)
except queue.Empty:
    print("Empty after timeout")


def later():
    time.sleep(0.1)
    sq.put("from worker")


t = threading.Thread(target=later)
t.start()
print(sq.get())
t.join()
print([name for name in ("task_done", "join", "full", "maxsize") if hasattr(sq, name)])
