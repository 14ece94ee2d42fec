# Under the spawn start method the main module re-runs as __mp_main__ and pool workers are SpawnPoolWorker-N.
import multiprocessing


def whoami(_):
    return __name__, multiprocessing.current_process().name


if __name__ == "__main__":
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(processes=1) as pool:
        print(pool.map(whoami, range(2)))
    p = ctx.Process(target=print, args=("child via spawn",), kwargs={"flush": True})
    p.start()
    p.join()
    print("exitcode:", p.exitcode)
