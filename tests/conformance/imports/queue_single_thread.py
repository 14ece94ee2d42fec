# queue.Queue, LifoQueue and PriorityQueue used from a single thread, with Empty and Full.
import queue
q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.qsize(), q.empty(), [q.get() for _ in range(3)], q.empty())
try:
    q.get_nowait()
except queue.Empty as e:
    print('Empty', repr(e), repr(str(e)))
try:
    q.get(timeout=0.01)
except queue.Empty:
    print('Empty after timeout')
lifo = queue.LifoQueue()
for ch in 'abc':
    lifo.put(ch)
print([lifo.get() for _ in range(3)])
pq = queue.PriorityQueue()
for item in [(3, 'low'), (1, 'high'), (2, 'mid')]:
    pq.put(item)
print([pq.get() for _ in range(3)])
small = queue.Queue(maxsize=1)
small.put('x')
print(small.full())
try:
    small.put_nowait('y')
except queue.Full:
    print('Full')
sq = queue.SimpleQueue()
sq.put(1)
print(sq.get(), sq.empty())
