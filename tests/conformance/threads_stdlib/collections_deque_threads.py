# deque append/popleft from threads, maxlen dropping old items, and rotate.
import collections
import threading

buf = collections.deque(maxlen=3)
for i in range(5):
    buf.append(i)
print(buf, buf.maxlen)
buf.appendleft(-1)
print(buf)
d = collections.deque(range(5))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)

shared = collections.deque()
lock = threading.Lock()


def producer(start):
    for i in range(start, start + 100):
        shared.append(i)


threads = [threading.Thread(target=producer, args=(s,)) for s in (0, 1000, 2000)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared), sum(shared))
try:
    collections.deque().popleft()
except IndexError as exc:
    print("IndexError:", exc)
