"""Two threads each summing, listing or sorting a generator that sleeps take turns item by item."""
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


race("sum", sum)
race("sum start", lambda g: sum(g, 10))
race("list", list)
race("tuple", tuple)
race("set", set)
race("dict", lambda g: dict((x, str(x)) for x in g))
race("sorted", lambda g: sorted(g, reverse=True))
