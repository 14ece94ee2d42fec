# A sys.excepthook can log and then call sys.__excepthook__ for the usual traceback; SystemExit never reaches it.
import sys


def hook(exc_type, value, tb):
    print("logging:", exc_type.__name__)
    sys.__excepthook__(exc_type, value, tb)


sys.excepthook = hook
try:
    sys.__excepthook__(1, 2)
except TypeError as e:
    print(e)
raise KeyError("key")
