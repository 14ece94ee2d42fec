# A child's exit code: 0 on return, the sys.exit value, 1 on an uncaught exception.
import multiprocessing
import sys


def ok():
    pass


def exits():
    sys.exit(7)


def raises():
    raise RuntimeError("child crashed")


if __name__ == "__main__":
    for target in (ok, exits, raises):
        p = multiprocessing.Process(target=target, name=target.__name__)
        p.start()
        p.join()
        print(p.name, "exitcode:", p.exitcode, flush=True)
