# A local subclass's __init__ runs lazily, once per thread, with the constructor's arguments.
import threading
import time


class Context(threading.local):
    def __init__(self, prefix, size=1):
        print(f"__init__ in {threading.current_thread().name} with {prefix!r}, size={size}")
        self.prefix = prefix
        self.items = [prefix] * size


ctx = Context("req", size=2)
print("created in main")


def worker():
    print(threading.current_thread().name, "started, no access yet")
    time.sleep(0.05)
    print(threading.current_thread().name, "first access:", ctx.items)
    ctx.items.append("mine")
    print(threading.current_thread().name, "second access:", ctx.items)


t = threading.Thread(target=worker, name="worker")
t.start()
t.join()
print("main:", ctx.items)
t = threading.Thread(target=lambda: None, name="idle")
t.start()
t.join()
print("idle thread never ran __init__")
