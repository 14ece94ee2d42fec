# With maxtasksperchild=1 every task runs in a fresh process, so a global counter is always 1.
import multiprocessing
import os

calls = 0


def task(x):
    global calls
    calls += 1
    return x, calls, os.getpid()


if __name__ == "__main__":
    with multiprocessing.Pool(processes=2, maxtasksperchild=1) as pool:
        results = pool.map(task, range(4), chunksize=1)
    print([(x, n) for x, n, _ in results])
    print("distinct worker processes:", len({pid for _, _, pid in results}))
    print("none is the parent:", all(pid != os.getpid() for _, _, pid in results))
