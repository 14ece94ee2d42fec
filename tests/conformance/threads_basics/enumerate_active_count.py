# enumerate() and active_count() include every started, unfinished thread.
import threading

gate = threading.Event()
ready = threading.Barrier(4)


def hold():
    ready.wait()
    gate.wait()


print("at start:", threading.active_count(), [t.name for t in threading.enumerate()])
workers = [threading.Thread(target=hold, name=f"hold-{i}") for i in range(3)]
not_started = threading.Thread(target=hold, name="never-started")
for w in workers:
    w.start()
ready.wait()
print("while held:", threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
print("not started listed:", not_started in threading.enumerate())
gate.set()
for w in workers:
    w.join()
print("after join:", threading.active_count(), [t.name for t in threading.enumerate()])
