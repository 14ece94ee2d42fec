# Joining every thread via enumerate(), skipping the main thread.
import threading
import time

done = []
lock = threading.Lock()


def work(n):
    time.sleep(0.1 * n)
    with lock:
        done.append(n)
    print(f"worker {n} done")


for n in (3, 1, 2):
    threading.Thread(target=work, args=(n,), name=f"w{n}").start()

main = threading.main_thread()
for t in threading.enumerate():
    if t is main:
        continue
    t.join()
print("joined all, finished in order:", done)
print("remaining:", [t.name for t in threading.enumerate()])
