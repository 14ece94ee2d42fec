# Locks, RLocks and thread-local objects cannot be copied: the error names the type as CPython does. threading.stack_size() validates and reports the size.
import copy
import threading


class MyLocal(threading.local):
    pass


for obj in [threading.local(), MyLocal()]:
    try:
        copy.copy(obj)
    except TypeError as e:
        print("copy:", e)

for obj in [threading.Lock(), threading.RLock(), threading.Condition(), threading.Semaphore(), threading.Event()]:
    name = type(obj).__name__
    for how in (copy.copy, copy.deepcopy):
        try:
            how(obj)
            print(how.__name__, name, "copied")
        except TypeError as e:
            print(how.__name__, name, "failed:", e)

for size in [32767, 32768, 40000, 0, -1, 1.5, "1"]:
    try:
        print(size, threading.stack_size(size))
    except (ValueError, TypeError) as e:
        print(size, type(e).__name__, e)
print(threading.stack_size())
