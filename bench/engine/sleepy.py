# Sleep-heavy: ten threads each sleeping 0.2 s five times (wall clock on CPython, virtual here).
import threading
import time

def nap(i):
    for _ in range(5):
        time.sleep(0.2)

threads = [threading.Thread(target=nap, args=(i,)) for i in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done")
