# Keeping (time, event) pairs sorted as threads report them, then querying by time.
import bisect
import threading

timeline = []
lock = threading.Lock()


def report(name, times):
    for t in times:
        with lock:
            bisect.insort(timeline, (t, name))


threads = [threading.Thread(target=report, args=(n, ts)) for n, ts in [('a', [5, 1]), ('b', [3, 4]), ('c', [2])]]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(timeline, timeline[bisect.bisect_left(timeline, (3,)):])
