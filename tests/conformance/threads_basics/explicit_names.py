# Explicit names are kept as given; non-string names are converted with str().
import threading


def report():
    print("inside:", threading.current_thread().name)


for name in ["alpha", 123, "worker-7", ""]:
    t = threading.Thread(target=report, name=name)
    print("before start:", repr(t.name))
    t.start()
    t.join()

t = threading.Thread(target=report, name="old")
t.name = "renamed"
t.start()
t.join()
