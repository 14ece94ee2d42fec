# Timers with args and kwargs fire in order of their intervals.
import threading


def report(label, *, suffix=""):
    print("timer", label + suffix, "in", threading.current_thread().name)


timers = [threading.Timer(0.4, report, args=("slow",), kwargs={"suffix": "!"}),
          threading.Timer(0.1, report, args=("fast",)),
          threading.Timer(0.25, report, ["middle"])]
for t in timers:
    t.start()
for t in timers:
    t.join()
print("interval attribute:", [t.interval for t in timers])
