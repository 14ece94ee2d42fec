# Functions CPython writes in C (reduce, partial, lru_cache, heappush, insort, itemgetter, defaultdict, OrderedDict) add no frames to a traceback.
import bisect
import functools
import heapq
import operator
import traceback
from collections import OrderedDict, defaultdict


def explode(*args):
    raise ValueError("boom")


cases = [
    ("reduce", lambda: functools.reduce(lambda a, b: a / b, [1, 0])),
    ("partial", lambda: functools.partial(explode, 1)()),
    ("lru_cache", lambda: functools.lru_cache(maxsize=None)(explode)(2)),
    ("heappush", lambda: heapq.heappush([1], "x")),
    ("insort", lambda: bisect.insort([1, 2], None)),
    ("itemgetter", lambda: operator.itemgetter(5)([1])),
    ("defaultdict", lambda: defaultdict(explode)["missing"]),
    ("OrderedDict", lambda: OrderedDict().popitem()),
]
for name, case in cases:
    print("--", name)
    try:
        case()
    except Exception:
        traceback.print_exc()
