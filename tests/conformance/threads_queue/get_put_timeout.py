# get(timeout) raises Empty and put(timeout) raises Full after waiting; both succeed if served in time.
import queue
import threading
import time

q = queue.Queue(maxsize=1)
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("get timed out")
q.put("first")
try:
    q.put("second", timeout=0.05)
except queue.Full:
    print("put timed out")


def drain_later():
    time.sleep(0.1)
    print("worker takes:", q.get())


t = threading.Thread(target=drain_later)
t.start()
q.put("second", timeout=1.5)
t.join()
print("put succeeded after the worker made room; now holds:", q.get_nowait())


def fill_later():
    time.sleep(0.1)
    q.put("late item")


t = threading.Thread(target=fill_later)
t.start()
print("get with timeout got:", q.get(timeout=1.5))
t.join()
for bad in (lambda: q.get(timeout=-1), lambda: queue.SimpleQueue().get(timeout=-1)):
    try:
        bad()
    except ValueError as exc:
        print("ValueError:", exc)
