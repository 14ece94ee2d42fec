# heappush/heappop keep CPython's exact list layout; popping yields sorted order.
import heapq
import random

rng = random.Random(11)
heap = []
for _ in range(15):
    heapq.heappush(heap, rng.randint(0, 99))
    print(heap)
print([heapq.heappop(heap) for _ in range(15)], heap)
