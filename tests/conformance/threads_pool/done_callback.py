# add_done_callback runs after completion in the worker; on a finished future it runs at once in the caller.
from concurrent.futures import ThreadPoolExecutor
import threading

gate = threading.Event()
log = []


def task():
    gate.wait()
    return 42


def callback(fut):
    log.append((threading.current_thread().name, fut.result()))


with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pool") as pool:
    fut = pool.submit(task)
    fut.add_done_callback(callback)
    print("registered while pending, log:", log)
    gate.set()
    fut.result()
print("after completion:", log)
fut.add_done_callback(callback)
print("added to a finished future:", log[-1])
fut.add_done_callback(lambda f: print("lambda callback in", threading.current_thread().name))
