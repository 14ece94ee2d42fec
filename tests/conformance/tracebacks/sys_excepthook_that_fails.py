# A sys.excepthook that raises is reported, then the original exception is printed.
import sys


def hook(exc_type, value, tb):
    print("hook called for", value)
    return {}["missing"]


sys.excepthook = hook
raise RuntimeError("original")
