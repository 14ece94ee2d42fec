"""Two threads each stepping a generator with next(), send() or __next__ take turns as in CPython."""
import threading
import time

events = []
current = threading.local()


def produce(name, n=2):
    for i in range(n):
        events.append(f"{name}{i}")
        time.sleep(0.04)
        yield i


def race(label, consume):
    events.clear()

    def job(name, delay):
        current.name = name
        time.sleep(delay)
        result = consume(produce(name))
        events.append(f"{name}={result!r}")

    a = threading.Thread(target=job, args=("a", 0))
    b = threading.Thread(target=job, args=("b", 0.02))
    a.start()
    b.start()
    a.join()
    b.join()
    print(label, events)


race("next", lambda g: [next(g), next(g), next(g, "done")])
race("send", lambda g: [g.send(None), g.send("ignored")])
race("__next__", lambda g: [g.__next__(), g.__next__()])


class Countdown:
    def __init__(self, name):
        self.name = name
        self.left = 2

    def __iter__(self):
        return self

    def __next__(self):
        if not self.left:
            raise StopIteration
        self.left -= 1
        events.append(f"{self.name}{self.left}")
        time.sleep(0.04)
        return self.left


race("class list", lambda g: list(Countdown(current.name)))
race("class next", lambda g: [next(c := Countdown(current.name)), next(c), next(c, "done")])
