# A finished Thread is freed at `del`, even after a join() that waited, so what it holds is finalized then.
import threading
import time
import weakref


class Payload:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


def work(seconds):
    time.sleep(seconds)


# The main thread waits in join() while the worker ends.
t = threading.Thread(target=work, args=(0.01,))
t.payload = Payload("joined")
t.start()
t.join()
del t
print("after del of a joined thread")

# The main thread never waits for it.
t = threading.Thread(target=work, args=(0,))
t.payload = Payload("not joined")
t.start()
time.sleep(0.1)
alive = weakref.ref(t)
del t
print("weak reference dead:", alive() is None)

# A thread subclass holding itself through a bound method.
class Worker(threading.Thread):
    def run(self):
        self.step = self.run
        time.sleep(0.01)


w = Worker()
w.payload = Payload("subclass")
w.start()
w.join()
del w.step
del w
print("end")
