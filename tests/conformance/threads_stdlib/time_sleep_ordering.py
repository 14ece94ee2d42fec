# Threads sleeping different amounts wake in order of their deadlines.
import threading
import time

lock = threading.Lock()
order = []


def sleeper(name, seconds):
    time.sleep(seconds)
    with lock:
        order.append(name)
    print("woke:", name)


threads = [threading.Thread(target=sleeper, args=(name, secs))
           for name, secs in (("c", 0.45), ("a", 0.15), ("d", 0.6), ("b", 0.3))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(order)
time.sleep(0)
print("sleep(0) returns:", time.sleep(0))
try:
    time.sleep(-1)
except ValueError as exc:
    print("ValueError:", exc)
