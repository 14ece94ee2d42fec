# shutdown(wait=False) returns at once; queued work still runs, and the interpreter waits for it at exit.
from concurrent.futures import ThreadPoolExecutor
import threading
import time


def job(n):
    time.sleep(0.05)
    print("job", n, "done in", threading.current_thread().name)
    return n


ex = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bg")
futures = [ex.submit(job, i) for i in range(3)]
ex.shutdown(wait=False)
print("shutdown returned; done so far:", [f.done() for f in futures])
try:
    ex.submit(job, 99)
except RuntimeError as exc:
    print("RuntimeError:", exc)
leftover = ThreadPoolExecutor(max_workers=2, thread_name_prefix="left")
leftover.submit(job, "never shut down")
print("main ends")
