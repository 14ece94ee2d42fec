# Workers poll a kill flag that a SIGINT handler sets: Ctrl-C stops every
# thread cleanly instead of killing the process mid-work.
import signal
import threading
import time

kill = threading.Event()
done = []
# print() writes the text and the newline separately: real threads can
# interleave them, so workers take turns.
print_lock = threading.Lock()

def on_sigint(signum, frame):
    print(f"SIGINT received: asking {threading.active_count() - 1} workers to stop")
    kill.set()

def worker(n):
    ticks = 0
    while not kill.is_set():
        ticks += 1
        kill.wait(1.0)
    done.append(n)
    with print_lock:
        print(f"worker {n} stopped after {ticks} ticks")

signal.signal(signal.SIGINT, on_sigint)
threads = [threading.Thread(target=worker, args=(n,), name=f"worker-{n}") for n in range(3)]
for t in threads:
    t.start()
while not kill.is_set():
    time.sleep(0.25)
for t in threads:
    t.join()
print(f"all stopped: {sorted(done)}")
