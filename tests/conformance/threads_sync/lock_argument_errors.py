# Error messages of Lock.acquire/release for bad arguments and unlocked release.
import threading

lock = threading.Lock()
attempts = [
    ("release unlocked", lambda: lock.release()),
    ("timeout=-2", lambda: lock.acquire(timeout=-2)),
    ("timeout=-0.5", lambda: lock.acquire(True, -0.5)),
    ("acquire(False, 1)", lambda: lock.acquire(False, 1)),
    ("blocking=False, timeout=0", lambda: lock.acquire(blocking=False, timeout=0)),
]
for label, call in attempts:
    try:
        result = call()
        print(label, "->", result)
        lock.release()
    except (RuntimeError, ValueError) as exc:
        print(label, "->", type(exc).__name__ + ":", exc)
print("locked:", lock.locked())
