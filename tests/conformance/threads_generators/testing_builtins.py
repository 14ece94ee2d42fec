"""Two threads each testing, joining or extending from a generator that sleeps take turns item by item."""
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


race("min", min)
race("max", lambda g: max(g, key=lambda x: -x))
race("any", lambda g: any(x > 5 for x in g))
race("all", lambda g: all(x < 5 for x in g))
race("join", lambda g: "-".join(str(x) for x in g))


def extend(g):
    items = ["start"]
    items.extend(g)
    return items


race("extend", extend)
