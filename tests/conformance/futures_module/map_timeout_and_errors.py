# Executor.map: results in input order, several iterables, timeouts, and an exception stopping the iteration.
from concurrent.futures import ThreadPoolExecutor, TimeoutError
import time


def slow(x):
    time.sleep(x)
    return x


with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(slow, [0.1, 0.0, 0.05])))
    print(list(ex.map(lambda a, b: a * b, "abc", [1, 2, 3, 4])))
    results = ex.map(slow, [0.02, 0.3], timeout=0.1)
    print("first:", next(results))
    try:
        next(results)
    except TimeoutError as exc:
        print("second timed out:", repr(exc))
    gen = ex.map(lambda x: 10 // x, [5, 0, 2])
    print(next(gen))
    try:
        next(gen)
    except ZeroDivisionError as exc:
        print("ZeroDivisionError:", exc)
    print("map is lazy in results but eager in submission:", type(ex.map(abs, [1])).__name__)
