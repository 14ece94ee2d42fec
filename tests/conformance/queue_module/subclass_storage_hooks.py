# A Queue subclass can replace its storage through _init/_qsize/_put/_get, keeping the blocking logic.
import queue
import threading


class DedupQueue(queue.Queue):
    """Ignores items already waiting in the queue."""

    def _init(self, maxsize):
        self.queue = []
        self.seen = set()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        if item not in self.seen:
            self.seen.add(item)
            self.queue.append(item)

    def _get(self):
        item = self.queue.pop(0)
        self.seen.discard(item)
        return item


q = DedupQueue()
for item in [1, 2, 1, 3, 2, 4]:
    q.put(item)
print("waiting:", q.queue, "unfinished counts every put:", q.unfinished_tasks)
got = []


def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        got.append(item)


t = threading.Thread(target=consumer)
t.start()
q.put(None)
t.join()
print("consumed:", got, "empty:", q.empty())
