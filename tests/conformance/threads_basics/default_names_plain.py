# Thread subclasses, Timer and functools.partial targets get a plain "Thread-N" name.
import functools
import threading


class Worker(threading.Thread):
    def run(self):
        pass


def job(x):
    pass


a = Worker()
b = threading.Timer(10.0, job, args=(1,))
c = threading.Thread(target=functools.partial(job, 1))
d = threading.Thread(target=job, args=(1,))
for t in (a, b, c, d):
    print(type(t).__name__, t.name)
b.cancel()


class Callable:
    def __call__(self):
        pass


e = threading.Thread(target=Callable())
print(e.name)
f = threading.Thread(target=print)
print(f.name)
