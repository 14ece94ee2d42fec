# namedtuple records passed between threads through a queue.
import collections
import queue
import threading

Result = collections.namedtuple("Result", ["worker", "value", "ok"], defaults=[True])
q = queue.Queue()


def work(n):
    q.put(Result(f"w{n}", n * n))


threads = [threading.Thread(target=work, args=(n,)) for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
results = sorted(q.get() for _ in range(3))
for r in results:
    print(r)
print(results[0]._fields, results[0]._asdict())
print(results[1]._replace(ok=False))
worker, value, ok = results[2]
print(worker, value, ok, results[2][1], len(results[2]))
try:
    results[0].value = 5
except AttributeError as exc:
    print("AttributeError:", exc)
