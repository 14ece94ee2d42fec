# Pool.apply_async returns AsyncResult objects; get() waits; errors re-raise in the parent.
import multiprocessing


def power(base, exp=2):
    return base ** exp


def fail(msg):
    raise ValueError(msg)


if __name__ == "__main__":
    pool = multiprocessing.Pool(processes=2)
    results = [pool.apply_async(power, (n,), {"exp": 3}) for n in range(4)]
    print([r.get(timeout=10) for r in results])
    bad = pool.apply_async(fail, ("worker failed",))
    try:
        bad.get(timeout=10)
    except ValueError as exc:
        print("re-raised:", exc)
    print("successful:", results[0].successful(), bad.successful())
    print("apply:", pool.apply(power, (7,)))
    pool.close()
    pool.join()
    try:
        pool.apply_async(power, (1,))
    except ValueError as exc:
        print("after close:", exc)
