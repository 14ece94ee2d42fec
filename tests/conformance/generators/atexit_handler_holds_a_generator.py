"""A paused generator that only atexit handlers hold is closed after the last handler has run."""
import atexit


def gen(tag):
    try:
        yield 1
    finally:
        print("finally", tag)


def register(tag):
    g = gen(tag)
    next(g)
    atexit.register(lambda: print("handler sees", tag, type(g).__name__))


register("first")
register("second")
print("end of program")
