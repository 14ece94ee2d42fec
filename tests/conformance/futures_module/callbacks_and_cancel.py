# Done callbacks run in registration order, on cancel too; queued tasks cancel while running ones finish.
from concurrent.futures import ThreadPoolExecutor, Future
import threading

log = []
f = Future()
for tag in "abc":
    f.add_done_callback(lambda fut, tag=tag: log.append((tag, fut.result())))
f.set_result(7)
print(log)
c = Future()
c.add_done_callback(lambda fut: log.append(("cancelled callback", fut.cancelled())))
c.cancel()
print(log[-1])
started = threading.Event()
release = threading.Event()


def blocker():
    started.set()
    release.wait()
    return "ran"


with ThreadPoolExecutor(max_workers=1) as ex:
    running = ex.submit(blocker)
    started.wait()
    queued = [ex.submit(str, i) for i in range(3)]
    print("cancel running:", running.cancel(), "cancel queued:", [q.cancel() for q in queued])
    print("states:", running.running(), [q.cancelled() for q in queued])
    release.set()
print(running.result(), [q.done() for q in queued])
