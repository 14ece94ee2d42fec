# An RLock can be re-acquired by its owner; it is free only after matching releases.
import threading

rlock = threading.RLock()


def outer(n):
    with rlock:
        return inner(n) + 1


def inner(n):
    with rlock:
        return n * 10


print("nested result:", outer(4))
print(rlock.acquire(), rlock.acquire(), rlock.acquire())
checks = []


def probe():
    got = rlock.acquire(blocking=False)
    checks.append(got)
    if got:
        rlock.release()


for _ in range(3):
    rlock.release()
    t = threading.Thread(target=probe)
    t.start()
    t.join()
print("other thread could acquire after each release:", checks)
try:
    rlock.release()
except RuntimeError as exc:
    print("extra release:", exc)
