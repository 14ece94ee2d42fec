# PriorityQueue orders tuples by priority, then by a counter to keep insertion order on ties.
import itertools
import queue
from dataclasses import dataclass, field

pq = queue.PriorityQueue()
counter = itertools.count()
for priority, task in ((2, "write report"), (1, "fix bug"), (3, "lunch"), (1, "review")):
    pq.put((priority, next(counter), task))
while not pq.empty():
    priority, _, task = pq.get()
    print(priority, task)


@dataclass(order=True)
class Job:
    priority: int
    payload: dict = field(compare=False)


pq.put(Job(5, {"name": "low"}))
pq.put(Job(0, {"name": "urgent"}))
pq.put(Job(5, {"name": "also low"}))
print([pq.get().payload["name"] for _ in range(3)])
try:
    pq.put((1, {"a": 1}))
    pq.put((1, {"b": 2}))
except TypeError as exc:
    print("TypeError:", exc)
