# PriorityQueue pops in heap order: equal priorities come out in the order a binary heap gives, not insertion order.
import queue


class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        return self.priority < other.priority


pq = queue.PriorityQueue()
for i, p in enumerate([3, 1, 3, 2, 1, 3, 2, 1, 3, 2]):
    pq.put(Task(p, f"t{i}"))
print([pq.get().name for _ in range(pq.qsize())])

pq = queue.PriorityQueue()
for word in ["pear", "apple", "fig", "banana", "apple", "cherry"]:
    pq.put((len(word), word))
print(pq.queue)
print([pq.get() for _ in range(6)])
pq.put((1, "a"))
try:
    pq.put((1, None))
except TypeError as exc:
    print("TypeError:", exc, "size now", pq.qsize())
