# SimpleQueue: FIFO, put never blocks, no task tracking or size limit, argument errors.
import queue
import threading

sq = queue.SimpleQueue()
for i in range(3):
    sq.put(i, block=False, timeout=-7)
sq.put_nowait("x")
print(sq.qsize(), sq.empty(), [sq.get() for _ in range(4)], sq.empty())
print(sorted(n for n in dir(sq) if not n.startswith("_")))
for bad in (lambda: queue.SimpleQueue(3), lambda: queue.SimpleQueue(maxsize=3)):
    try:
        bad()
    except TypeError as exc:
        print("TypeError:", exc)
try:
    sq.get_nowait()
except queue.Empty:
    print("get_nowait on empty: Empty")
results = []


def consumer():
    results.append(sq.get())


threads = [threading.Thread(target=consumer) for _ in range(3)]
for t in threads:
    t.start()
for word in ("a", "b", "c"):
    sq.put(word)
for t in threads:
    t.join()
print(sorted(results), sq.qsize())
