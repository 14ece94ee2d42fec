# Worker threads get deep copies of a template config, so their changes stay separate.
import copy
import threading

template = {'name': 'worker', 'tags': [], 'limits': {'cpu': 1}}
results = {}
lock = threading.Lock()


def run(n):
    cfg = copy.deepcopy(template)
    cfg['name'] += str(n)
    cfg['tags'].append(n)
    cfg['limits']['cpu'] += n
    with lock:
        results[n] = cfg


threads = [threading.Thread(target=run, args=(n,)) for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for n in sorted(results):
    print(results[n])
print(template)
