# Timeouts: validation messages, a get woken by a later put, and put waiting for room until a deadline.
import queue
import threading
import time

bounded = queue.Queue(maxsize=1)
for label, call in [("get(timeout=-0.5)", lambda: bounded.get(timeout=-0.5)),
                    ("put(timeout=-1) on empty bounded", lambda: bounded.put(1, timeout=-1)),
                    ("SimpleQueue().get(timeout=-1)", lambda: queue.SimpleQueue().get(timeout=-1)),
                    ("SimpleQueue().get(True, 'x')", lambda: queue.SimpleQueue().get(True, "x"))]:
    try:
        call()
    except (ValueError, TypeError) as exc:
        print(label, "->", type(exc).__name__, exc)
    except queue.Empty:
        print(label, "-> Empty")
print("the put with a negative timeout did nothing:", bounded.qsize())


def deliver(q, item, delay):
    time.sleep(delay)
    q.put(item)


q = queue.Queue()
threading.Thread(target=deliver, args=(q, "late", 0.2)).start()
start = time.monotonic()
try:
    q.get(timeout=0.1)
except queue.Empty:
    print("first get timed out before the item came:", round(time.monotonic() - start, 1) >= 0.1)
print("second get waits for it:", q.get(timeout=1))

full = queue.Queue(maxsize=1)
full.put("occupant")


def take_later():
    time.sleep(0.15)
    print("consumer took", full.get())


taker = threading.Thread(target=take_later)
taker.start()
full.put("newcomer", timeout=1)
# Its print and ours would otherwise race (real threads, in CPython).
taker.join()
print("put succeeded once there was room; queue holds", full.get_nowait())
