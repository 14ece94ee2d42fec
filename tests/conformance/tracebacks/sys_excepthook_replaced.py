# A program's sys.excepthook receives the uncaught exception instead of the default traceback; the exit status stays 1.
import sys


def hook(exc_type, value, tb):
    print("hook got", exc_type.__name__, value, "with a traceback:", tb is not None)
    print("default hook is kept as __excepthook__:", sys.__excepthook__ is not hook)


print("default first:", sys.excepthook is sys.__excepthook__)
sys.excepthook = hook


def fail():
    raise ValueError("boom")


fail()
