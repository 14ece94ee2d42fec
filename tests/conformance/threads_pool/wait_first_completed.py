# wait() with FIRST_COMPLETED and ALL_COMPLETED returns (done, not_done) sets.
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, ALL_COMPLETED, FIRST_EXCEPTION
import threading

release = threading.Event()


def quick():
    return "quick"


def held():
    release.wait()
    return "held"


def failing():
    raise RuntimeError("failed")


with ThreadPoolExecutor(max_workers=3) as pool:
    fq = pool.submit(quick)
    fh = pool.submit(held)
    done, not_done = wait([fq, fh], return_when=FIRST_COMPLETED)
    print("first completed:", [f.result() for f in done], "pending:", len(not_done))
    done, not_done = wait([fh], timeout=0.05)
    print("after timeout: done", len(done), "not done", len(not_done))
    ff = pool.submit(failing)
    done, not_done = wait([ff, fh], return_when=FIRST_EXCEPTION)
    print("first exception:", [repr(f.exception()) for f in done], "pending:", len(not_done))
    release.set()
    done, not_done = wait([fq, fh, ff], return_when=ALL_COMPLETED)
    print("all completed:", len(done), len(not_done), fh.result())
