# Semaphore argument errors and BoundedSemaphore over-release.
import threading

for label, call in (("Semaphore(-1)", lambda: threading.Semaphore(-1)),
                    ("release(0)", lambda: threading.Semaphore().release(0)),
                    ("acquire(False, 1)", lambda: threading.Semaphore().acquire(False, 1)),
                    ("Bounded over-release", lambda: threading.BoundedSemaphore(1).release()),
                    ("Bounded release(0)", lambda: threading.BoundedSemaphore(1).release(0))):
    try:
        call()
        print(label, "ok")
    except ValueError as exc:
        print(label, "->", exc)
sem = threading.Semaphore(0)
print("Semaphore(0) non-blocking:", sem.acquire(blocking=False))
sem.release(3)
print("after release(3):", [sem.acquire(False) for _ in range(4)])
