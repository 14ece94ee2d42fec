# Workers implementing an abstract interface run in threads; the abstract base refuses to start.
import threading
from abc import ABC, abstractmethod


class Worker(ABC):
    def __init__(self, n):
        self.n = n
        self.result = None

    @abstractmethod
    def compute(self):
        ...

    def start(self):
        t = threading.Thread(target=self._run)
        t.start()
        return t

    def _run(self):
        self.result = self.compute()


class Square(Worker):
    def compute(self):
        return self.n * self.n


workers = [Square(n) for n in range(5)]
for t in [w.start() for w in workers]:
    t.join()
print([w.result for w in workers])
try:
    Worker(1)
except TypeError as e:
    print('TypeError', e)
