"""A generator a function held when an uncaught exception left it closes after the atexit handlers, with the program's names still bound."""
import atexit
import sys

atexit.register(print, "atexit handler")


def gen():
    try:
        yield
    finally:
        print("cleanup sees sys:", sys.version_info[0])


def work():
    g = gen()
    next(g)
    raise KeyError("unhandled")


print("start")
work()
