# WeakKeyDictionary keyed by Thread objects: per-thread data that disappears with the thread object.
import threading
import weakref

per_thread = weakref.WeakKeyDictionary()
lock = threading.Lock()


def work(n):
    with lock:
        per_thread[threading.current_thread()] = n * n


threads = [threading.Thread(target=work, args=(i,), name=f"T{i}") for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted((t.name, v) for t, v in per_thread.items()))
print(threads[0] in per_thread, per_thread[threads[1]], len(per_thread))
del t
threads.pop()
print("after dropping one thread object:", len(per_thread))
threads.clear()
print("after dropping all:", len(per_thread), list(per_thread.keys()))


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k

    def __hash__(self):
        return hash(self.k)


a = Key(1)
wk = weakref.WeakKeyDictionary({a: "one"})
print("equal keys find the entry:", wk[Key(1)], Key(1) in wk, wk.get(Key(2), "none"))
try:
    wk["plain string"] = 1
except TypeError as exc:
    print("TypeError:", exc)
