# Workers put (index, result) into a results queue; main reassembles them in input order.
import queue
import threading
import time

tasks = ["apple", "kiwi", "banana", "fig"]
results = queue.Queue()


def measure(index, word):
    time.sleep(0.03 * len(word))
    results.put((index, word, len(word)))


threads = [threading.Thread(target=measure, args=(i, w)) for i, w in enumerate(tasks)]
for t in threads:
    t.start()
for t in threads:
    t.join()
collected = sorted(results.get() for _ in tasks)
for index, word, length in collected:
    print(index, word, length)
print("queue drained:", results.empty())
