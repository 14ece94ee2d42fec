# Queue is FIFO, LifoQueue is LIFO, PriorityQueue gives the smallest first, SimpleQueue is FIFO.
import queue

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue, queue.SimpleQueue):
    q = cls()
    for item in (3, 1, 4, 1, 5):
        q.put(item)
    out = [q.get() for _ in range(5)]
    print(cls.__name__, out, q.empty())
