# Starting a thread a second time raises RuntimeError, whether it is running or finished.
import threading

gate = threading.Event()


def wait_gate():
    gate.wait()


t = threading.Thread(target=wait_gate)
t.start()
try:
    t.start()
except RuntimeError as exc:
    print("while running:", exc)
gate.set()
t.join()
try:
    t.start()
except RuntimeError as exc:
    print("after finish:", exc)
