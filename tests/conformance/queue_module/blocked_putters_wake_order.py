# Putters blocked on a full queue are woken one per get, longest-waiting first.
import queue
import threading
import time

q = queue.Queue(maxsize=1)
q.put("first")
log = []


def producer(name, delay):
    time.sleep(delay)
    log.append(f"{name} waits")
    q.put(name)
    log.append(f"{name} put")


threads = [threading.Thread(target=producer, args=(name, 0.05 * (i + 1))) for i, name in enumerate("ABC")]
for t in threads:
    t.start()
time.sleep(0.3)
print(log)
for _ in range(4):
    print("got", q.get())
    time.sleep(0.05)
for t in threads:
    t.join()
print(log)
