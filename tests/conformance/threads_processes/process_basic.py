# multiprocessing.Process runs a target in a child process; join waits, exitcode reports 0.
import multiprocessing


def greet(name, punctuation="!"):
    print(f"hello {name}{punctuation} from {multiprocessing.current_process().name}", flush=True)


if __name__ == "__main__":
    p = multiprocessing.Process(target=greet, args=("world",), kwargs={"punctuation": "?"})
    print("before start:", p.is_alive(), p.exitcode, flush=True)
    p.start()
    p.join()
    print("after join:", p.is_alive(), p.exitcode, flush=True)
    print("main process name:", multiprocessing.current_process().name, flush=True)
