# Subclassing Thread: run() is called in the new thread; instance attributes carry results.
import threading


class Squarer(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"squarer-{n}")
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * self.n
        print(threading.current_thread().name, "computed", self.result)


workers = [Squarer(n) for n in range(1, 4)]
for w in workers:
    w.start()
    w.join()
print([w.result for w in workers])
print(all(not w.is_alive() for w in workers))
