# Heap sort built from heappush/heappop, and a running top-3 kept in a bounded heap.
import heapq


def heapsort(iterable):
    h = []
    for value in iterable:
        heapq.heappush(h, value)
    return [heapq.heappop(h) for _ in range(len(h))]


print(heapsort([5, 2, 8, 1, 9, 3]), heapsort('python'))
top = []
for n in [5, 1, 8, 3, 9, 2, 7]:
    if len(top) < 3:
        heapq.heappush(top, n)
    else:
        heapq.heappushpop(top, n)
    print(n, sorted(top))
