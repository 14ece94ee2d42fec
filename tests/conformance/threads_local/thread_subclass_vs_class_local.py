# Attributes on a Thread subclass instance versus a class-level local shared by all instances.
import threading
import time


class Worker(threading.Thread):
    scratch = threading.local()   # one local object for every Worker

    def __init__(self, label, delay):
        super().__init__(name=label)
        self.label = label          # plain instance attribute: visible to every thread
        self.delay = delay

    def run(self):
        Worker.scratch.owner = self.label
        time.sleep(self.delay)
        print(f"{self.name}: instance label={self.label} local owner={Worker.scratch.owner}")


workers = [Worker("alpha", 0.25), Worker("beta", 0.05)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("main reads instance attributes:", [w.label for w in workers])
print("main reads the class-level local:", getattr(Worker.scratch, "owner", "<unset>"))
