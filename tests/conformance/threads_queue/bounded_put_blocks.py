# put() on a full bounded queue blocks until a consumer removes an item.
import queue
import threading
import time

q = queue.Queue(maxsize=2)
log = []


def producer():
    for i in range(4):
        q.put(i)
        log.append(f"put {i}")


t = threading.Thread(target=producer)
t.start()
time.sleep(0.15)
print("producer blocked after:", log, "full:", q.full())
print("main got", q.get())
time.sleep(0.15)
print("after one get:", log)
print("main got", q.get())
t.join()
print("after second get:", log)
print("left:", [q.get_nowait() for _ in range(q.qsize())])
