# operator functions as thread targets' work: a shared reduction guarded by a lock.
import operator
import threading


def reduce(function, items, start=None):
    items = iter(items)
    acc = next(items) if start is None else start
    for item in items:
        acc = function(acc, item)
    return acc

lock = threading.Lock()
totals = []


def work(values):
    result = reduce(operator.mul, values, 1)
    with lock:
        totals.append(result)


threads = [threading.Thread(target=work, args=(range(1, n),)) for n in (4, 5, 6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(totals), reduce(operator.add, totals))
