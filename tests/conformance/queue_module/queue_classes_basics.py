# Queue, LifoQueue, PriorityQueue: order, sizes, maxsize, the queue attribute and the synchronisation objects.
import queue
import threading

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls(maxsize=3)
    print(cls.__name__, "maxsize", q.maxsize, "empty", q.empty(), "full", q.full(), "qsize", q.qsize())
    for item in (5, 1, 3):
        q.put(item)
    print("  holds", q.queue, "full", q.full(), "unfinished", q.unfinished_tasks)
    print("  out", [q.get() for _ in range(3)], "empty", q.empty())

q = queue.Queue()
print(type(q.mutex).__name__, type(q.not_empty).__name__, type(q.not_full).__name__, type(q.all_tasks_done).__name__)
print(q.not_empty._lock is q.mutex, q.not_full._lock is q.mutex, q.all_tasks_done._lock is q.mutex)
print("unbounded never full:", queue.Queue(0).full(), queue.Queue(-5).full())
q = queue.Queue(maxsize=-1)
for i in range(10):
    q.put_nowait(i)
print("negative maxsize is unbounded:", q.qsize())
print(queue.__all__)
print(issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.PriorityQueue, queue.Queue),
      issubclass(queue.SimpleQueue, queue.Queue))
print(queue.Queue.__module__, queue.SimpleQueue.__module__, queue.Empty.__module__, queue.Full.__module__)
