# A thousand short-lived threads.
import threading

counter = 0
lock = threading.Lock()

def bump():
    global counter
    with lock:
        counter += 1

for _ in range(1000):
    t = threading.Thread(target=bump)
    t.start()
    t.join()
print(counter)
