# Four threads hammering a threading.local.
import threading

data = threading.local()

def work(n):
    data.count = 0
    for i in range(n):
        data.count += i & 3
    results.append(data.count)

results = []
threads = [threading.Thread(target=work, args=(250_000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
