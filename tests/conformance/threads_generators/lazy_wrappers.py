"""Two threads each looping over enumerate, zip, map or filter of a generator that sleeps take turns item by item."""
import threading
import time
from itertools import islice

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


def loop(wrapped):
    return [item for item in wrapped]


race("enumerate", lambda g: loop(enumerate(g, 1)))
race("zip", lambda g: loop(zip(g, "xyz")))
race("map builtin", lambda g: loop(map(str, g)))
race("filter None", lambda g: loop(filter(None, g)))
race("map of map", lambda g: list(map(str, map(lambda x: x * 10, g))))


def slow_double(name):
    def double(x):
        events.append(f"{name}{x}")
        time.sleep(0.04)
        return 2 * x
    return double


race("map python", lambda g: loop(map(slow_double(current.name), [0, 1])))
race("filter python", lambda g: loop(filter(slow_double(current.name), [0, 1])))

race("islice", lambda g: loop(islice(g, 1, None)))
