# An error in __enter__ (a class's, or no context manager at all) blames the whole with statement: no carets, as in CPython.
class CM:
    def __enter__(self):
        raise ValueError("x")
    def __exit__(self, *a): pass
try:
    with CM() as c: pass
except ValueError:
    import traceback; traceback.print_exc()
try:
    with 1:
        pass
except TypeError:
    traceback.print_exc()
class Ok:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


try:
    with Ok() as first, \
            CM():
        pass
except ValueError:
    traceback.print_exc()
with Ok() as first, CM():
    pass
