# A @contextmanager object used as a decorator makes a fresh generator per call, also across threads.
import contextlib
import threading

events = []
lock = threading.Lock()


@contextlib.contextmanager
def section(name):
    with lock:
        events.append(f"enter {name} in {threading.current_thread().name}")
    yield
    with lock:
        events.append(f"leave {name}")


@section("job")
def job(n):
    with lock:
        events.append(f"work {n}")
    return n * 10


print(job(1), job.__name__)
threads = [threading.Thread(target=job, args=(i,), name=f"T{i}") for i in (2, 3)]
for t in threads:
    t.start()
    t.join()
print("\n".join(events))


class Timer(contextlib.ContextDecorator):
    def __enter__(self):
        events.append("timer start")
        return self

    def __exit__(self, *exc):
        events.append(f"timer stop {exc[0].__name__ if exc[0] else None}")
        return False


@Timer()
def failing():
    raise KeyError("x")


try:
    failing()
except KeyError:
    pass
print(events[-2:])
