# sys.unraisablehook receives errors from __del__; the engine stops with a clear message instead of ignoring the hook.
import sys
def report_unraisable(unraisable):
    print("hook", unraisable.exc_value)
sys.unraisablehook = report_unraisable
class Connection:
    def __del__(self):
        raise RuntimeError("server went away")
c = Connection()
del c
print("after del")
