# heapify layout, heapreplace versus heappushpop, and errors on empty heaps and non-lists.
import heapq

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
for bad in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1),
            lambda: heapq.heapify('abc')):
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
