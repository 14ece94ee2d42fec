# One global local: each thread sets the same attribute and reads back its own value.
import threading
import time

data = threading.local()
lock = threading.Lock()
report = []


def worker(value, delay):
    data.value = value
    time.sleep(delay)
    with lock:
        report.append((threading.current_thread().name, data.value))


threads = [threading.Thread(target=worker, args=(v, 0.05 * i), name=f"T{i}")
           for i, v in enumerate(["red", "green", "blue"])]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name, value in sorted(report):
    print(name, "sees", value)
print("main has value:", hasattr(data, "value"))
