# as_completed order and timeout message; wait() with each return_when and a timeout.
from concurrent.futures import (ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED,
                                FIRST_EXCEPTION, ALL_COMPLETED, TimeoutError)
import time


def nap(seconds, fail=False):
    time.sleep(seconds)
    if fail:
        raise RuntimeError(f"failed after {seconds}")
    return seconds


with ThreadPoolExecutor(max_workers=4) as ex:
    futures = [ex.submit(nap, s) for s in (0.15, 0.05, 0.1)]
    print([f.result() for f in as_completed(futures)])
    slow = ex.submit(nap, 0.4)
    try:
        for f in as_completed([slow, ex.submit(nap, 0.0)], timeout=0.1):
            print("completed in time:", f.result())
    except TimeoutError as exc:
        print("TimeoutError:", exc)
    fs = [ex.submit(nap, 0.1), ex.submit(nap, 0.02, True), ex.submit(nap, 0.2)]
    done, pending = wait(fs, return_when=FIRST_EXCEPTION)
    print("FIRST_EXCEPTION:", [repr(f.exception()) for f in done], len(pending))
    done, pending = wait(fs, return_when=FIRST_COMPLETED)
    print("FIRST_COMPLETED with some done already:", len(done), len(pending))
    done, pending = wait(fs, timeout=0.01)
    print("timeout:", len(done), len(pending))
    result = wait(fs, return_when=ALL_COMPLETED)
    print("ALL_COMPLETED:", len(result.done), len(result.not_done), type(result).__name__, result._fields)
    print("empty:", wait([]), list(as_completed([])))
    slow.result()
