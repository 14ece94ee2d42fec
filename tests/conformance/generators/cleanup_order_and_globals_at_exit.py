"""Paused generators close at exit oldest first with every global still bound; list.clear() and slice deletion free items last first."""
import sys

LABEL = "global still bound"


def numbers(tag):
    try:
        yield 1
    finally:
        print("finally", tag, "-", LABEL, sys.version_info[0])


print("-- clear() frees the last item first")
items = [numbers("clear 0"), numbers("clear 1"), numbers("clear 2")]
for g in items:
    next(g)
del g
items.clear()

print("-- so does deleting a slice")
items = [numbers("slice 0"), numbers("slice 1"), numbers("slice 2")]
for g in items:
    next(g)
del g
del items[0:2]
print("left:", len(items))
items[:] = []


class Holder:
    def __init__(self, tag):
        self.it = numbers(tag)
        next(self.it)


print("-- at exit: oldest first, whatever the names")
later = None
first = numbers("created first, bound second")
next(first)
later = numbers("created second, bound first")
next(later)
holder = Holder("held by an instance")
batch = [numbers("in a list %d" % i) for i in range(2)]
for g in batch:
    next(g)
del g
print("end of program")
