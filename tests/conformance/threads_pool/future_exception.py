# A task's exception is stored in its Future: exception() returns it, result() re-raises it.
from concurrent.futures import ThreadPoolExecutor


def divide(a, b):
    return a / b


with ThreadPoolExecutor(max_workers=1) as pool:
    ok = pool.submit(divide, 6, 3)
    bad = pool.submit(divide, 1, 0)
    print("ok:", ok.result(), ok.exception())
    print("bad.exception():", repr(bad.exception()))
    try:
        bad.result()
    except ZeroDivisionError as exc:
        print("result() re-raised:", exc)
    print("done:", bad.done(), "cancelled:", bad.cancelled())
    results = pool.map(divide, [4, 5, 6], [2, 0, 3])
    try:
        for r in results:
            print("map item:", r)
    except ZeroDivisionError as exc:
        print("map stopped at:", exc)
