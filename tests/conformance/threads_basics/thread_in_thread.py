# A thread can start and join its own child threads; names and current_thread() follow.
import threading

log = []
lock = threading.Lock()


def leaf(depth):
    with lock:
        log.append((depth, threading.current_thread().name))


def branch(depth):
    if depth == 3:
        leaf(depth)
        return
    kids = [threading.Thread(target=branch, args=(depth + 1,), name=f"{threading.current_thread().name}.{i}")
            for i in range(2)]
    for k in kids:
        k.start()
    for k in kids:
        k.join()


root = threading.Thread(target=branch, args=(1,), name="root")
root.start()
root.join()
for entry in sorted(log):
    print(entry)
