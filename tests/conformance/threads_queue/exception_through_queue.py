# A worker catches its exception with sys.exc_info() and hands it back through a queue.
import queue
import sys
import threading

errors = queue.Queue()


def risky(n):
    try:
        if n == 2:
            raise ValueError(f"bad input {n}")
        return 10 // (n - 3)
    except Exception:
        errors.put((threading.current_thread().name, sys.exc_info()))


threads = [threading.Thread(target=risky, args=(n,), name=f"job-{n}") for n in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
collected = []
while not errors.empty():
    collected.append(errors.get())
for name, (etype, value, tb) in sorted(collected, key=lambda row: row[0]):
    print(name, etype.__name__, value, "traceback:", tb is not None, tb.tb_frame.f_code.co_name)
name, (etype, value, tb) = sorted(collected, key=lambda row: row[0])[0]
try:
    raise value.with_traceback(tb)
except ValueError as exc:
    print("re-raised in main:", exc)
print("exc_info outside handlers:", sys.exc_info())
