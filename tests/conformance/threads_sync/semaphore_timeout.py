# Semaphore.acquire with a timeout gives up, then succeeds when another thread releases.
import threading
import time

sem = threading.Semaphore(0)
print("timeout 0.05:", sem.acquire(timeout=0.05))


def give():
    time.sleep(0.1)
    print("worker releases one")
    sem.release()


t = threading.Thread(target=give)
t.start()
print("timeout 1.5:", sem.acquire(timeout=1.5))
t.join()
with threading.Semaphore(1) as got:
    print("context manager enter returns:", got)
