# A priority queue of (priority, order, task) tuples; equal priorities keep arrival order.
import heapq
import itertools

counter = itertools.count()
tasks = []
for priority, name in [(2, 'write'), (1, 'plan'), (3, 'test'), (1, 'coffee'), (2, 'review')]:
    heapq.heappush(tasks, (priority, next(counter), name))
while tasks:
    priority, order, name = heapq.heappop(tasks)
    print(priority, order, name)
