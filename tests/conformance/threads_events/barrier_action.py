# The Barrier action runs once per cycle, in the last thread to arrive, before anyone is released.
import threading
import time

lock = threading.Lock()
log = []


def action():
    with lock:
        log.append(("action", threading.current_thread().name))


barrier = threading.Barrier(2, action=action)


def party(delays):
    for cycle, d in enumerate(delays):
        time.sleep(d)
        barrier.wait()
        with lock:
            log.append((f"passed {cycle}", threading.current_thread().name))


a = threading.Thread(target=party, args=([0.0, 0.3],), name="A")
b = threading.Thread(target=party, args=([0.15, 0.0],), name="B")
a.start()
b.start()
a.join()
b.join()
# Within one cycle the two "passed" entries may come in either order; the action always comes first.
cycles = [log[0:3], log[3:6]]
for cycle in cycles:
    print(cycle[0], sorted(cycle[1:]))
