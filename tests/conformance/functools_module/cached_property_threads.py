# cached_property computes once per instance (even with several threads asking at once) and stores in __dict__.
import functools
import threading
import time

computations = []


class Report:
    def __init__(self, name):
        self.name = name

    @functools.cached_property
    def summary(self):
        computations.append(threading.current_thread().name)
        time.sleep(0.05)
        return f"summary of {self.name}"


r = Report("q3")
results = []
threads = [threading.Thread(target=lambda: results.append(r.summary), name=f"reader-{i}") for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results, "computed", len(computations), "time(s)")
print(r.__dict__)
r.summary = "overridden"
print(r.summary)
del r.summary
print(r.summary, len(computations))
print(type(Report.summary).__name__, Report.summary.attrname, Report.summary.__doc__)


class Slotted:
    __slots__ = ("x",)

    @functools.cached_property
    def value(self):
        return 1


try:
    Slotted().value
except TypeError as exc:
    print("TypeError:", exc)
prop = functools.cached_property(lambda self: 1)
try:
    class Twice:
        a = prop
        b = prop
except (TypeError, RuntimeError) as exc:
    print(type(exc).__name__, exc)
