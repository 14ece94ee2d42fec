# A Lock around read-modify-write keeps a shared counter exact across threads.
import threading

counter = 0
lock = threading.Lock()


def increment(times):
    global counter
    for _ in range(times):
        with lock:
            value = counter
            counter = value + 1


threads = [threading.Thread(target=increment, args=(20000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter)
print("lock free at the end:", not lock.locked())
