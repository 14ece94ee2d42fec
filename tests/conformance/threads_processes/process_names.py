# Process names: Process-N by default, or the name given; current_process() in the child agrees.
import multiprocessing


def report(q):
    q.put(multiprocessing.current_process().name)


if __name__ == "__main__":
    q = multiprocessing.Queue()
    procs = [multiprocessing.Process(target=report, args=(q,)),
             multiprocessing.Process(target=report, args=(q,), name="custom-worker"),
             multiprocessing.Process(target=report, args=(q,))]
    print([p.name for p in procs])
    for p in procs:
        p.start()
        p.join()
        print("child says:", q.get())
