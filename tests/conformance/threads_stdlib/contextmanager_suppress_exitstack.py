# contextlib.suppress and ExitStack around several locks released in reverse order.
import contextlib
import threading


class NamedLock:
    def __init__(self, name, log):
        self.name = name
        self.log = log
        self.lock = threading.Lock()

    def __enter__(self):
        self.lock.acquire()
        self.log.append(f"acquire {self.name}")
        return self

    def __exit__(self, *exc):
        self.lock.release()
        self.log.append(f"release {self.name}")
        return False


log = []
locks = [NamedLock(n, log) for n in ("a", "b", "c")]
with contextlib.ExitStack() as stack:
    for lk in locks:
        stack.enter_context(lk)
    log.append("all held")
print(log)
with contextlib.suppress(KeyError):
    {}["missing"]
    print("not reached")
print("suppressed KeyError; locks still held:", [lk.lock.locked() for lk in locks])
