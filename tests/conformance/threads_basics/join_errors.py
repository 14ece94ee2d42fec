# join() before start() and a thread joining itself both raise RuntimeError.
import threading

t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as exc:
    print("before start:", exc)

try:
    threading.current_thread().join()
except RuntimeError as exc:
    print("main joins itself:", exc)


def self_join():
    try:
        threading.current_thread().join()
    except RuntimeError as exc:
        print("worker joins itself:", exc)


w = threading.Thread(target=self_join)
w.start()
w.join()
print("join of finished thread again:", w.join())
