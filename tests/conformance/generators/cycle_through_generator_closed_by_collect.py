# A paused generator that its own frame keeps alive is closed by gc.collect(), or else at exit.
import gc


def worker(name):
    me = yield
    try:
        yield name
    finally:
        print("cleanup of", name)


first = worker("first")
next(first)
first.send(first)
del first
print("before collect")
print("collected:", gc.collect() > 0)
print("after collect")


class Task:
    def __init__(self, name):
        self.name = name
        self.steps = self.run()

    def run(self):
        try:
            yield 1
            yield 2
        finally:
            print("task", self.name, "cleaned up")


t = Task("t1")
next(t.steps)
del t
print("task dropped")
gc.collect()
print("collected task")
later = worker("at exit")
next(later)
later.send(later)
del later
print("end")
