# BoundedSemaphore.release(n) checks all n before releasing any.
import threading

sem = threading.BoundedSemaphore(3)
sem.acquire()
sem.acquire()
try:
    sem.release(3)
except ValueError as exc:
    print("release(3) with two taken:", exc)
taken = 0
while sem.acquire(blocking=False):
    taken += 1
print("could acquire again:", taken)
sem.release(3)
print("release(3) after taking all: ok")
try:
    sem.release()
except ValueError as exc:
    print("one more:", exc)
plain = threading.Semaphore(1)
plain.release(5)
print("plain Semaphore grows:", sum(plain.acquire(False) for _ in range(10)))
