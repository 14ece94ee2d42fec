# A ContextVar and a threading.local both give each thread its own value.
import contextvars
import threading

cv = contextvars.ContextVar("cv", default=0)
loc = threading.local()
out = []
lock = threading.Lock()
go = threading.Barrier(3)


def worker(n):
    cv.set(n)
    loc.n = n
    go.wait()
    with lock:
        out.append((n, cv.get(), loc.n))


threads = [threading.Thread(target=worker, args=(n,)) for n in (1, 2, 3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(out))
print("main:", cv.get(), getattr(loc, "n", None))
