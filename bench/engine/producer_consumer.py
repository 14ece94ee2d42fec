# A producer and a consumer through a Queue.
import queue
import threading

q = queue.Queue(maxsize=100)

def producer(n):
    for i in range(n):
        q.put(i)
    q.put(None)

def consumer(out):
    total = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += item
    out.append(total)

out = []
c = threading.Thread(target=consumer, args=(out,))
p = threading.Thread(target=producer, args=(50_000,))
c.start()
p.start()
p.join()
c.join()
print(out)
